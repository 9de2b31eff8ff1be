// Stored glossaries: reading a dictionary from request fields, and DeepL's JSON views of them.

import { randomUUID } from 'node:crypto';
import { parseGlossaryEntries } from './deepl-mock-entries.js';
import { GLOSSARY_LANGUAGES } from './deepl-mock-languages.js';
import { errorResponse } from './deepl-mock-responses.js';
import type { DeeplMockDictionary, DeeplMockGlossary, DeeplMockState } from './deepl-mock-types.js';
import { type DeeplFields, firstField } from './read-deepl-fields.js';

/** Reads `<prefix>source_lang`, `target_lang`, `entries`, `entries_format`; a Response when invalid. */
export function readDictionary(
  fields: DeeplFields,
  prefix: string,
): DeeplMockDictionary | Response {
  const sourceLang = firstField(fields, `${prefix}source_lang`)?.toLowerCase();
  const targetLang = firstField(fields, `${prefix}target_lang`)?.toLowerCase();
  const text = firstField(fields, `${prefix}entries`);
  const format = firstField(fields, `${prefix}entries_format`) ?? 'tsv';
  if (!sourceLang || !targetLang || text === undefined) {
    return errorResponse(400, 'Missing or invalid argument', {
      detail: `'${prefix}source_lang', '${prefix}target_lang' and '${prefix}entries' are required`,
    });
  }
  if (!GLOSSARY_LANGUAGES.includes(sourceLang) || !GLOSSARY_LANGUAGES.includes(targetLang)) {
    return errorResponse(400, 'Unsupported glossary language pair', {
      detail: `Glossaries are not supported for ${sourceLang} → ${targetLang}`,
    });
  }
  if (sourceLang === targetLang) {
    return errorResponse(400, 'Unsupported glossary language pair', {
      detail: 'Source and target language must differ',
    });
  }
  const parsed = parseGlossaryEntries(text, format);
  if ('error' in parsed) return errorResponse(400, parsed.error, { detail: parsed.detail });
  return { sourceLang, targetLang, entries: parsed.entries };
}

/** Every `dictionaries[i].…` group of a create or patch request. */
export function readDictionaries(fields: DeeplFields): DeeplMockDictionary[] | Response {
  const dictionaries: DeeplMockDictionary[] = [];
  for (let index = 0; fields[`dictionaries[${index}].source_lang`]; index++) {
    const dictionary = readDictionary(fields, `dictionaries[${index}].`);
    if (dictionary instanceof Response) return dictionary;
    dictionaries.push(dictionary);
  }
  return dictionaries;
}

export function storeGlossary(
  state: DeeplMockState,
  name: string,
  api: 'v2' | 'v3',
  dictionaries: DeeplMockDictionary[],
): DeeplMockGlossary {
  const glossary: DeeplMockGlossary = {
    id: randomUUID(),
    name,
    api,
    dictionaries,
    creationTime: new Date().toISOString(),
  };
  state.glossaries.set(glossary.id, glossary);
  return glossary;
}

export function findDictionary(
  glossary: DeeplMockGlossary,
  sourceLang: string,
  targetLang: string,
): DeeplMockDictionary | undefined {
  return glossary.dictionaries.find(
    (dict) => dict.sourceLang === sourceLang && dict.targetLang === targetLang,
  );
}

/** Replaces the dictionary of the same pair, or adds it. */
export function putDictionary(glossary: DeeplMockGlossary, dictionary: DeeplMockDictionary): void {
  const index = glossary.dictionaries.findIndex(
    (dict) =>
      dict.sourceLang === dictionary.sourceLang && dict.targetLang === dictionary.targetLang,
  );
  if (index === -1) glossary.dictionaries.push(dictionary);
  else glossary.dictionaries[index] = dictionary;
}

export function dictionaryInfo(dict: DeeplMockDictionary): object {
  return {
    source_lang: dict.sourceLang,
    target_lang: dict.targetLang,
    entry_count: dict.entries.size,
  };
}

/** `/v3/glossaries` view. */
export function multilingualInfo(glossary: DeeplMockGlossary): object {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    dictionaries: glossary.dictionaries.map(dictionaryInfo),
    creation_time: glossary.creationTime,
  };
}

/** `/v2/glossaries` view of a single-dictionary glossary. */
export function monolingualInfo(glossary: DeeplMockGlossary): object | undefined {
  const dict = glossary.dictionaries[0];
  if (!dict || glossary.dictionaries.length !== 1) return undefined;
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    ready: true,
    source_lang: dict.sourceLang,
    target_lang: dict.targetLang,
    creation_time: glossary.creationTime,
    entry_count: dict.entries.size,
  };
}

export function glossaryNotFound(): Response {
  return errorResponse(404, 'Not found', { detail: 'Glossary not found' });
}
