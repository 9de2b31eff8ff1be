// `/v2/usage`, `/v2/languages`, `/v2/glossary-language-pairs`: what deepl-node asks before translating.

import { GLOSSARY_LANGUAGES, listMockLanguages } from './deepl-mock-languages.js';
import { errorResponse, jsonResponse } from './deepl-mock-responses.js';
import type { DeeplMockRoute } from './deepl-mock-route.js';
import { firstField } from './read-deepl-fields.js';

let glossaryPairs: object[] | undefined;

function listGlossaryPairs(): object[] {
  glossaryPairs ??= GLOSSARY_LANGUAGES.flatMap((source) =>
    GLOSSARY_LANGUAGES.filter((target) => target !== source).map((target) => ({
      source_lang: source,
      target_lang: target,
    })),
  );
  return glossaryPairs;
}

export function handleMeta(route: DeeplMockRoute): Response {
  if (route.method !== 'GET' && route.method !== 'POST') {
    return errorResponse(405, 'Method not allowed');
  }
  const { state } = route;
  switch (route.parts[1]) {
    case 'usage':
      return jsonResponse({
        character_count: state.characterCount,
        character_limit: state.characterLimit,
      });
    case 'languages': {
      const type = firstField(route.fields, 'type') ?? 'source';
      if (type !== 'source' && type !== 'target') {
        return errorResponse(400, "Value for 'type' not supported.");
      }
      return jsonResponse(listMockLanguages(type));
    }
    case 'glossary-language-pairs':
      return jsonResponse({ supported_languages: listGlossaryPairs() });
    default:
      return errorResponse(404, 'Not found');
  }
}
