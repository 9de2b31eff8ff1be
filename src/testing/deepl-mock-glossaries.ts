// `/v3/glossaries` (multilingual) and `/v2/glossaries` (one language pair), sharing one store.

import { formatTsv } from './deepl-mock-entries.js';
import {
  dictionaryInfo,
  findDictionary,
  glossaryNotFound,
  monolingualInfo,
  multilingualInfo,
  putDictionary,
  readDictionaries,
  readDictionary,
  storeGlossary,
} from './deepl-mock-glossary-store.js';
import { emptyResponse, errorResponse, jsonResponse } from './deepl-mock-responses.js';
import type { DeeplMockRoute } from './deepl-mock-route.js';
import { firstField } from './read-deepl-fields.js';

function createV3(route: DeeplMockRoute): Response {
  const name = firstField(route.fields, 'name');
  if (!name)
    return errorResponse(400, 'Missing or invalid argument', { detail: "'name' is required" });
  const dictionaries = readDictionaries(route.fields);
  if (dictionaries instanceof Response) return dictionaries;
  if (dictionaries.length === 0) {
    return errorResponse(400, 'Missing or invalid argument', {
      detail: "'dictionaries' is required",
    });
  }
  return jsonResponse(multilingualInfo(storeGlossary(route.state, name, 'v3', dictionaries)), 201);
}

function patchV3(route: DeeplMockRoute, id: string): Response {
  const glossary = route.state.glossaries.get(id);
  if (!glossary) return glossaryNotFound();
  const dictionaries = readDictionaries(route.fields);
  if (dictionaries instanceof Response) return dictionaries;
  for (const dict of dictionaries) {
    // PATCH merges entries into the pair's dictionary; PUT replaces it.
    const existing = findDictionary(glossary, dict.sourceLang, dict.targetLang);
    const merged = new Map([...(existing?.entries ?? []), ...dict.entries]);
    putDictionary(glossary, { ...dict, entries: merged });
  }
  const name = firstField(route.fields, 'name');
  if (name) glossary.name = name;
  return jsonResponse(multilingualInfo(glossary));
}

function dictionaryPair(route: DeeplMockRoute): [string, string] | Response {
  const source = firstField(route.fields, 'source_lang')?.toLowerCase();
  const target = firstField(route.fields, 'target_lang')?.toLowerCase();
  if (!source || !target) {
    return errorResponse(400, 'Missing or invalid argument', {
      detail: "'source_lang' and 'target_lang' are required",
    });
  }
  return [source, target];
}

function glossaryEntriesV3(route: DeeplMockRoute, id: string): Response {
  const glossary = route.state.glossaries.get(id);
  if (!glossary) return glossaryNotFound();
  const pair = dictionaryPair(route);
  if (pair instanceof Response) return pair;
  const dict = findDictionary(glossary, ...pair);
  if (!dict) return glossaryNotFound();
  const entries = formatTsv(dict.entries);
  return jsonResponse({
    dictionaries: [
      {
        source_lang: dict.sourceLang,
        target_lang: dict.targetLang,
        entries,
        entries_format: 'tsv',
      },
    ],
  });
}

function dictionariesV3(route: DeeplMockRoute, id: string): Response {
  const glossary = route.state.glossaries.get(id);
  if (!glossary) return glossaryNotFound();
  if (route.method === 'PUT') {
    const dict = readDictionary(route.fields, '');
    if (dict instanceof Response) return dict;
    putDictionary(glossary, dict);
    return jsonResponse(dictionaryInfo(dict));
  }
  if (route.method !== 'DELETE') return errorResponse(405, 'Method not allowed');
  const pair = dictionaryPair(route);
  if (pair instanceof Response) return pair;
  const dict = findDictionary(glossary, ...pair);
  if (!dict) return glossaryNotFound();
  glossary.dictionaries = glossary.dictionaries.filter((other) => other !== dict);
  return emptyResponse();
}

export function handleGlossariesV3(route: DeeplMockRoute): Response {
  const [, , id, sub] = route.parts;
  const { method, state } = route;
  if (id === undefined) {
    if (method === 'POST') return createV3(route);
    if (method === 'GET') {
      return jsonResponse({ glossaries: [...state.glossaries.values()].map(multilingualInfo) });
    }
  } else if (sub === undefined) {
    const glossary = state.glossaries.get(id);
    if (method === 'PATCH') return patchV3(route, id);
    if (!glossary) return glossaryNotFound();
    if (method === 'GET') return jsonResponse(multilingualInfo(glossary));
    if (method === 'DELETE') {
      state.glossaries.delete(id);
      return emptyResponse();
    }
  } else if (sub === 'entries' && method === 'GET') {
    return glossaryEntriesV3(route, id);
  } else if (sub === 'dictionaries') {
    return dictionariesV3(route, id);
  }
  return errorResponse(404, 'Not found');
}

function createV2(route: DeeplMockRoute): Response {
  const name = firstField(route.fields, 'name');
  if (!name)
    return errorResponse(400, 'Missing or invalid argument', { detail: "'name' is required" });
  const dict = readDictionary(route.fields, '');
  if (dict instanceof Response) return dict;
  const glossary = storeGlossary(route.state, name, 'v2', [dict]);
  return jsonResponse(monolingualInfo(glossary), 201);
}

export function handleGlossariesV2(route: DeeplMockRoute): Response {
  const [, , id, sub] = route.parts;
  const { method, state } = route;
  if (id === undefined) {
    if (method === 'POST') return createV2(route);
    if (method === 'GET') {
      const infos = [...state.glossaries.values()].map(monolingualInfo).filter(Boolean);
      return jsonResponse({ glossaries: infos });
    }
    return errorResponse(405, 'Method not allowed');
  }
  const glossary = state.glossaries.get(id);
  const info = glossary ? monolingualInfo(glossary) : undefined;
  if (!glossary || !info) return glossaryNotFound();
  if (sub === 'entries' && method === 'GET') {
    const tsv = formatTsv(glossary.dictionaries[0]?.entries ?? new Map());
    return new Response(tsv, { headers: { 'content-type': 'text/tab-separated-values' } });
  }
  if (sub !== undefined) return errorResponse(404, 'Not found');
  if (method === 'GET') return jsonResponse(info);
  if (method === 'DELETE') {
    state.glossaries.delete(id);
    return emptyResponse();
  }
  return errorResponse(405, 'Method not allowed');
}
