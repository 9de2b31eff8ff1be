// `/v2/translate`: validates like DeepL, bills characters, answers with the fake translation.

import { findDictionary } from './deepl-mock-glossary-store.js';
import { findMockTarget, glossaryLanguageOf, isMockSource } from './deepl-mock-languages.js';
import { errorResponse, jsonResponse } from './deepl-mock-responses.js';
import type { DeeplMockRoute } from './deepl-mock-route.js';
import { fakeTranslate } from './fake-translate.js';
import { type DeeplFields, firstField, isTrueField } from './read-deepl-fields.js';

export const MAX_TEXTS = 50;

const FORMALITIES = ['default', 'more', 'less', 'prefer_more', 'prefer_less'];
const ENUMS: Record<string, readonly string[]> = {
  split_sentences: ['0', '1', 'nonewlines'],
  tag_handling: ['xml', 'html'],
  tag_handling_version: ['v1', 'v2'],
  model_type: ['quality_optimized', 'prefer_quality_optimized', 'latency_optimized'],
  formality: FORMALITIES,
  preserve_formatting: ['0', '1', 'true', 'false'],
  outline_detection: ['0', '1', 'true', 'false'],
};

/** Characters as DeepL counts them: code points. */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}

function listField(fields: DeeplFields, name: string): string[] {
  return (fields[name] ?? [])
    .flatMap((value) => value.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function checkOptions(fields: DeeplFields, formalityAllowed: boolean): Response | undefined {
  for (const [name, allowed] of Object.entries(ENUMS)) {
    const value = firstField(fields, name);
    if (value !== undefined && !allowed.includes(value.toLowerCase())) {
      return errorResponse(400, `Value for '${name}' not supported.`);
    }
  }
  const formality = firstField(fields, 'formality')?.toLowerCase();
  if ((formality === 'more' || formality === 'less') && !formalityAllowed) {
    return errorResponse(400, "'formality' is not supported for given 'target_lang'.");
  }
  return undefined;
}

/** The merged entries of the request's glossaries, or a Response when one is unusable. */
function readGlossary(route: DeeplMockRoute, source: string | undefined, target: string) {
  const ids = [
    ...listField(route.fields, 'glossary_id'),
    ...listField(route.fields, 'glossary_ids'),
  ];
  if (ids.length === 0) return undefined;
  if (!source) {
    return errorResponse(400, 'Use of a glossary requires the source_lang parameter to be set.');
  }
  const entries = new Map<string, string>();
  for (const id of ids) {
    const glossary = route.state.glossaries.get(id);
    if (!glossary) return errorResponse(404, 'Glossary not found');
    const dict = findDictionary(glossary, source.toLowerCase(), glossaryLanguageOf(target));
    if (!dict) {
      return errorResponse(400, 'Glossary does not contain a dictionary for the language pair.');
    }
    for (const [from, to] of dict.entries) entries.set(from, to);
  }
  return entries;
}

export function handleTranslate(route: DeeplMockRoute): Response {
  const { fields, state } = route;
  if (route.method !== 'POST') return errorResponse(405, 'Method not allowed');
  const texts = fields.text ?? [];
  if (texts.length === 0) return errorResponse(400, "Parameter 'text' not specified.");
  if (texts.length > MAX_TEXTS) {
    return errorResponse(413, `Too many texts: at most ${MAX_TEXTS} can be sent in one request.`);
  }
  const targetField = firstField(fields, 'target_lang');
  if (!targetField) return errorResponse(400, "Parameter 'target_lang' not specified.");
  const target = findMockTarget(targetField);
  if (!target) return errorResponse(400, "Value for 'target_lang' not supported.");
  const source = firstField(fields, 'source_lang');
  if (source !== undefined && !isMockSource(source)) {
    return errorResponse(400, "Value for 'source_lang' not supported.");
  }
  const invalid = checkOptions(fields, target.formality);
  if (invalid) return invalid;
  const glossary = readGlossary(route, source, target.code);
  if (glossary instanceof Response) return glossary;

  const counts = texts.map(countCharacters);
  const characters = counts.reduce((sum, n) => sum + n, 0);
  state.counters.translateRequests++;
  state.counters.texts += texts.length;
  state.counters.characters += characters;
  if (state.characterCount + characters > state.characterLimit) {
    return errorResponse(456, 'Quota exceeded. The character limit has been reached.');
  }
  state.characterCount += characters;

  const ignoreTags = listField(fields, 'ignore_tags');
  const options = glossary ? { glossary, ignoreTags } : { ignoreTags };
  const detected = (source ?? 'SV').toUpperCase();
  const showBilled = isTrueField(fields, 'show_billed_characters');
  const modelType = firstField(fields, 'model_type');
  const tagHandling = firstField(fields, 'tag_handling');
  const translations = texts.map((text, index) => ({
    detected_source_language: detected,
    text: fakeTranslate(text, target.code, options),
    ...(showBilled ? { billed_characters: counts[index] ?? 0 } : {}),
    ...(modelType ? { model_type_used: modelType.replace('prefer_', '') } : {}),
    ...(tagHandling
      ? { tag_handling_version: firstField(fields, 'tag_handling_version') ?? 'v1' }
      : {}),
  }));
  if (route.short) translations.pop();
  return jsonResponse({ translations });
}
