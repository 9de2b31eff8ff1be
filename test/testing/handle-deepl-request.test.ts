import { describe, expect, it } from 'vitest';
import {
  createDeeplMockState,
  type DeeplMockState,
  handleDeeplRequest,
} from '../../src/testing/index.js';

const KEY = 'key-1';
const BASE = 'https://api.deepl.com';

function form(fields: [string, string][]): string {
  return new URLSearchParams(fields).toString();
}

function send(
  state: DeeplMockState,
  method: string,
  path: string,
  body?: string | object,
  key = KEY,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `DeepL-Auth-Key ${key}`;
  let payload: string | undefined;
  if (typeof body === 'string') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  return handleDeeplRequest(
    new Request(`${BASE}${path}`, { method, headers, body: payload }),
    state,
  );
}

function translate(state: DeeplMockState, texts: string[], extra: [string, string][] = []) {
  return send(
    state,
    'POST',
    '/v2/translate',
    form([...texts.map((t): [string, string] => ['text', t]), ['target_lang', 'DE'], ...extra]),
  );
}

describe('handleDeeplRequest', () => {
  it('answers 403 for a missing or wrong key, and logs no key', async () => {
    const state = createDeeplMockState({ authKey: KEY });
    expect((await send(state, 'GET', '/v2/usage', undefined, '')).status).toBe(403);
    expect((await send(state, 'GET', '/v2/usage', undefined, 'other')).status).toBe(403);
    expect((await send(state, 'GET', '/v2/usage')).status).toBe(200);
    expect(JSON.stringify(state.requests)).not.toContain(KEY);
    expect(state.requests.map((r) => r.status)).toEqual([403, 403, 200]);
  });

  it('translates repeated form fields and JSON arrays alike', async () => {
    const state = createDeeplMockState();
    const viaForm = await translate(state, ['och', 'i'], [['show_billed_characters', '1']]);
    expect(await viaForm.json()).toEqual({
      translations: [
        { detected_source_language: 'SV', text: 'und', billed_characters: 3 },
        { detected_source_language: 'SV', text: 'in', billed_characters: 1 },
      ],
    });
    const viaJson = await send(state, 'POST', '/v2/translate', {
      text: ['och'],
      target_lang: 'EN-GB',
      source_lang: 'SV',
    });
    expect(await viaJson.json()).toEqual({
      translations: [{ detected_source_language: 'SV', text: 'and' }],
    });
    expect(state.characterCount).toBe(7);
  });

  it('refuses more than 50 texts and bodies over 128 KiB with 413', async () => {
    const state = createDeeplMockState();
    expect(
      (
        await translate(
          state,
          Array.from({ length: 50 }, () => 'hej'),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await translate(
          state,
          Array.from({ length: 51 }, () => 'hej'),
        )
      ).status,
    ).toBe(413);
    const fill =
      128 * 1024 -
      form([
        ['text', ''],
        ['target_lang', 'DE'],
      ]).length;
    expect((await translate(state, ['a'.repeat(fill)])).status).toBe(200);
    expect((await translate(state, ['a'.repeat(fill + 1)])).status).toBe(413);
  });

  it('answers 400 for an unknown target, formality where the language has none, and a glossary without source_lang', async () => {
    const state = createDeeplMockState();
    const unknown = await send(
      state,
      'POST',
      '/v2/translate',
      form([
        ['text', 'hej'],
        ['target_lang', 'XX'],
      ]),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ message: "Value for 'target_lang' not supported." });
    const formal = (lang: string, value: string) =>
      send(
        state,
        'POST',
        '/v2/translate',
        form([
          ['text', 'hej'],
          ['target_lang', lang],
          ['formality', value],
        ]),
      );
    expect((await formal('EN-GB', 'more')).status).toBe(400);
    expect((await formal('EN-GB', 'prefer_more')).status).toBe(200);
    expect((await formal('DE', 'less')).status).toBe(200);
    const glossary = await send(
      state,
      'POST',
      '/v2/translate',
      form([
        ['text', 'hej'],
        ['target_lang', 'DE'],
        ['glossary_id', 'x'],
      ]),
    );
    expect(glossary.status).toBe(400);
  });

  it('answers 456 once the character limit would be passed', async () => {
    const state = createDeeplMockState({ characterLimit: 5 });
    expect((await translate(state, ['hej'])).status).toBe(200);
    expect((await translate(state, ['hej'])).status).toBe(456);
    expect(await (await send(state, 'GET', '/v2/usage')).json()).toEqual({
      character_count: 3,
      character_limit: 5,
    });
  });

  it('lists source and target languages and the glossary language pairs', async () => {
    const state = createDeeplMockState();
    const targets = (await (await send(state, 'GET', '/v2/languages?type=target')).json()) as {
      language: string;
      supports_formality: boolean;
    }[];
    expect(targets).toContainEqual({
      language: 'EN-GB',
      name: 'English (British)',
      supports_formality: false,
    });
    expect(targets.find((l) => l.language === 'DE')?.supports_formality).toBe(true);
    const sources = (await (await send(state, 'GET', '/v2/languages')).json()) as {
      language: string;
    }[];
    expect(sources.map((l) => l.language)).toContain('SV');
    const pairs = (await (await send(state, 'GET', '/v2/glossary-language-pairs')).json()) as {
      supported_languages: object[];
    };
    expect(pairs.supported_languages).toContainEqual({ source_lang: 'sv', target_lang: 'uk' });
  });

  it('stores v3 glossaries, refuses duplicate entries, and applies them to translations', async () => {
    const state = createDeeplMockState();
    const dup = await send(
      state,
      'POST',
      '/v3/glossaries',
      form([
        ['name', 'g'],
        ['dictionaries[0].source_lang', 'sv'],
        ['dictionaries[0].target_lang', 'de'],
        ['dictionaries[0].entries', 'Kina\tChina\nKina\tVolksrepublik'],
        ['dictionaries[0].entries_format', 'tsv'],
      ]),
    );
    expect(dup.status).toBe(400);
    expect(((await dup.json()) as { detail: string }).detail).toMatch(
      /duplicates key with the index 0/,
    );
    const created = await send(state, 'POST', '/v3/glossaries', {
      name: 'g',
      dictionaries: [
        { source_lang: 'sv', target_lang: 'de', entries: 'Kina\tChina', entries_format: 'tsv' },
      ],
    });
    expect(created.status).toBe(201);
    const { glossary_id: id } = (await created.json()) as { glossary_id: string };
    const put = await send(
      state,
      'PUT',
      `/v3/glossaries/${id}/dictionaries`,
      form([
        ['source_lang', 'sv'],
        ['target_lang', 'en'],
        ['entries', 'Kina\tPRC'],
        ['entries_format', 'tsv'],
      ]),
    );
    expect(await put.json()).toEqual({ source_lang: 'sv', target_lang: 'en', entry_count: 1 });
    const out = await translate(
      state,
      ['Kina och Kina'],
      [
        ['source_lang', 'SV'],
        ['glossary_id', id],
      ],
    );
    expect(((await out.json()) as { translations: { text: string }[] }).translations[0]?.text).toBe(
      'China und China',
    );
    const entries = await send(
      state,
      'GET',
      `/v3/glossaries/${id}/entries?source_lang=sv&target_lang=en`,
    );
    expect(await entries.json()).toEqual({
      dictionaries: [
        { source_lang: 'sv', target_lang: 'en', entries: 'Kina\tPRC', entries_format: 'tsv' },
      ],
    });
    expect(
      (
        await send(
          state,
          'DELETE',
          `/v3/glossaries/${id}/dictionaries?source_lang=sv&target_lang=en`,
        )
      ).status,
    ).toBe(204);
    expect((await send(state, 'DELETE', `/v3/glossaries/${id}`)).status).toBe(204);
    expect((await send(state, 'GET', `/v3/glossaries/${id}`)).status).toBe(404);
  });

  it('serves v2 glossaries with TSV entries', async () => {
    const state = createDeeplMockState();
    const created = await send(
      state,
      'POST',
      '/v2/glossaries',
      form([
        ['name', 'old'],
        ['source_lang', 'sv'],
        ['target_lang', 'en'],
        ['entries', 'Kina\tChina'],
        ['entries_format', 'tsv'],
      ]),
    );
    const info = (await created.json()) as {
      glossary_id: string;
      ready: boolean;
      entry_count: number;
    };
    expect(info).toMatchObject({ ready: true, entry_count: 1 });
    const tsv = await send(state, 'GET', `/v2/glossaries/${info.glossary_id}/entries`);
    expect(tsv.headers.get('content-type')).toBe('text/tab-separated-values');
    expect(await tsv.text()).toBe('Kina\tChina');
    const list = (await (await send(state, 'GET', '/v2/glossaries')).json()) as {
      glossaries: object[];
    };
    expect(list.glossaries).toHaveLength(1);
    const bad = await send(
      state,
      'POST',
      '/v2/glossaries',
      form([
        ['name', 'x'],
        ['source_lang', 'sv'],
        ['target_lang', 'en'],
        ['entries', ' Kina\tChina'],
      ]),
    );
    expect(bad.status).toBe(400);
  });

  it('injects faults in order: status with Retry-After, after, times, short answers, resets', async () => {
    const state = createDeeplMockState();
    state.faults.push(
      { status: 429, retryAfter: 3, times: 2, after: 1 },
      { short: true },
      { reset: true, path: '*' },
    );
    expect((await translate(state, ['och'])).status).toBe(200);
    const throttled = await translate(state, ['och']);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect((await translate(state, ['och'])).status).toBe(429);
    const short = (await (await translate(state, ['och', 'i'])).json()) as {
      translations: object[];
    };
    expect(short.translations).toHaveLength(1);
    expect((await send(state, 'GET', '/v2/usage')).type).toBe('error');
    expect((await translate(state, ['och'])).status).toBe(200);
    expect(state.faults).toHaveLength(0);
    expect(state.counters.faults).toBe(4);
  });

  it('answers 429 with Retry-After above the concurrency cap', async () => {
    const state = createDeeplMockState({ maxConcurrent: 2, latencyMs: 30, retryAfterSeconds: 2 });
    const answers = await Promise.all([1, 2, 3, 4].map(() => translate(state, ['och'])));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 429, 429]);
    expect(answers.find((r) => r.status === 429)?.headers.get('retry-after')).toBe('2');
    expect(state.counters).toMatchObject({
      rejectedConcurrency: 2,
      maxInFlight: 2,
      inFlight: 0,
      texts: 2,
    });
  });

  it('keeps the request log bounded', async () => {
    const state = createDeeplMockState({ logLimit: 10 });
    for (let i = 0; i < 25; i++) await send(state, 'GET', '/v2/usage');
    expect(state.requests.length).toBeLessThanOrEqual(10);
    expect(state.counters.requests).toBe(25);
  });
});
