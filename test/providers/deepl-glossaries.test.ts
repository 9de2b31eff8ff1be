import { GlossaryEntries } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { createDeeplProvider } from '../../src/providers/deepl.js';
import { createDeeplClient } from '../../src/providers/deepl-client.js';
import { glossaryName } from '../../src/providers/deepl-glossaries.js';
import { syncDeeplGlossaries } from '../../src/providers/deepl-glossary-sync.js';
import type { PairGlossary, TranslateContext } from '../../src/providers/types.js';
import { deeplTestEnv, TEST_DEEPL_KEY, useDeeplMock } from '../helpers/deepl-server.js';

const state = useDeeplMock();

const entriesEn = {
  'Aleksandr Lukasjenko': 'Alexander Lukashenko',
  Lukasjenkos: "Lukashenko's",
  Kina: 'China',
  'SCO:s': "SCO's",
};

function pair(target: string, entries: Record<string, string>, hash: string): PairGlossary {
  return { source: 'sv', target, entries, hash };
}

async function makeProvider(targets = ['en-GB', 'de']) {
  return createDeeplProvider({ cwd: '.', env: deeplTestEnv(), settings: {}, targets });
}

function count(method: string, path: string): number {
  return state.requests.filter((r) => r.method === method && r.path === path).length;
}

describe('DeepL glossaries', () => {
  const en = pair('en-GB', entriesEn, 'aaaa1111');
  const ctx: TranslateContext = { source: 'sv', target: 'en-GB', glossary: en };

  it("prepare creates the pair's glossary before any translation, which then uses it", async () => {
    const provider = await makeProvider();
    provider.prepare?.(ctx);
    await expect.poll(() => count('POST', '/v3/glossaries')).toBe(1);
    expect(count('POST', '/v2/translate')).toBe(0);
    // A failed preparation stays quiet; the translate that needs the glossary reports it.
    provider.prepare?.({ ...ctx, target: 'de', glossary: pair('de', { 'SCO\t': 'SCO' }, 'bad') });
    const [out] = await provider.translate(['Kina.'], ctx);
    expect(out).toBe('China.');
    expect(count('POST', '/v3/glossaries')).toBe(1);
    const used = state.requests.find((r) => r.path === '/v2/translate')?.fields.glossary_id?.[0];
    expect(used).toBeDefined();
  });

  it('pins the glossary terms through DeepL, created once for all batches', async () => {
    const provider = await makeProvider();
    const texts = [
      'Kina och Lukasjenkos möte.',
      'SCO:s toppmöte i Kina.',
      'Aleksandr Lukasjenko sade.',
    ];
    const outs = await Promise.all(texts.map((text) => provider.translate([text], ctx)));
    expect(outs.flat()).toEqual([
      "China and Lukashenko's meeting.",
      "SCO's etömppot in China.",
      'Alexander Lukashenko said.',
    ]);
    expect(count('POST', '/v3/glossaries')).toBe(1);
    expect(count('GET', '/v3/glossaries')).toBe(1);
    const created = state.requests.find((r) => r.method === 'POST' && r.path === '/v3/glossaries');
    expect(created?.fields).toMatchObject({
      name: [glossaryName(en)],
      'dictionaries[0].source_lang': ['sv'],
      'dictionaries[0].target_lang': ['en'],
    });
    const ids = new Set(
      state.requests
        .filter((r) => r.path === '/v2/translate')
        .map((r) => r.fields.glossary_id?.[0]),
    );
    expect(ids.size).toBe(1);
  });

  it('reuses an unchanged glossary in the next run without creating it', async () => {
    await (await makeProvider()).translate(['Kina.'], ctx);
    const firstId = [...state.glossaries.keys()];
    state.requests.length = 0;

    await (await makeProvider()).translate(['Kina.'], ctx);
    expect(count('POST', '/v3/glossaries')).toBe(0);
    expect(count('DELETE', `/v3/glossaries/${firstId[0]}`)).toBe(0);
    const translate = state.requests.find((r) => r.path === '/v2/translate');
    expect(translate?.fields.glossary_id).toEqual(firstId);
  });

  it('replaces a changed glossary and deletes the old one', async () => {
    await (await makeProvider()).translate(['Kina.'], ctx);
    const [oldId] = [...state.glossaries.keys()];
    state.requests.length = 0;

    const changed = pair('en-GB', { ...entriesEn, Kina: 'the PRC' }, 'bbbb2222');
    // The translation does not wait for the old version's deletion; the provider's dispose does.
    state.faults.push({ delayMs: 1_000, path: `/v3/glossaries/${oldId}` });
    const provider = await makeProvider();
    const [out] = await provider.translate(['Kina.'], { ...ctx, glossary: changed });
    expect(out).toBe('the PRC.');
    // A request is logged once answered: the delayed deletion is still under way.
    expect(count('DELETE', `/v3/glossaries/${oldId}`)).toBe(0);
    await provider.dispose?.();
    expect(count('POST', '/v3/glossaries')).toBe(1);
    expect(count('DELETE', `/v3/glossaries/${oldId}`)).toBe(1);
    expect([...state.glossaries.values()].map((g) => g.name)).toEqual([glossaryName(changed)]);
  });

  it('keeps one glossary per target, and leaves other targets and foreign glossaries alone', async () => {
    const client = createDeeplClient({ authKey: TEST_DEEPL_KEY, timeoutMs: 5_000 });
    const entries = new GlossaryEntries({ entries: { hej: 'hello' } });
    await client.createMultilingualGlossary('tolk-sv-en-GB-team-copy', [
      { sourceLangCode: 'sv', targetLangCode: 'en', entries },
    ]);
    await client.createMultilingualGlossary('my glossary', [
      { sourceLangCode: 'sv', targetLangCode: 'en', entries },
    ]);
    const provider = await makeProvider();
    await provider.translate(['Kina.'], ctx);
    await provider.translate(['Kina.'], {
      source: 'sv',
      target: 'de',
      glossary: pair('de', { Kina: 'China' }, 'cccc'),
    });
    await (await makeProvider(['en-US'])).translate(['Kina.'], {
      source: 'sv',
      target: 'en-US',
      glossary: pair('en-US', { Kina: 'China' }, 'dddd'),
    });
    expect([...state.glossaries.values()].map((g) => g.name).sort()).toEqual(
      [
        'my glossary',
        'tolk-sv-de-cccc',
        'tolk-sv-en-GB-aaaa1111',
        'tolk-sv-en-GB-team-copy',
        'tolk-sv-en-US-dddd',
      ].sort(),
    );
  });

  it('names an entry DeepL would refuse, before sending it', async () => {
    const provider = await makeProvider();
    const bad = pair('en-GB', { 'Kina ': 'China' }, 'eeee');
    const error = await provider
      .translate(['Kina.'], { ...ctx, glossary: bad })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      /the entry "Kina " → "China" has leading or trailing whitespace/,
    );
    expect(count('POST', '/v3/glossaries')).toBe(0);
  });

  it('says once when DeepL has no glossary for the pair, and translates without one', async () => {
    const provider = await makeProvider(['hy']);
    const notes: string[] = [];
    const hy: TranslateContext = {
      source: 'sv',
      target: 'hy',
      glossary: pair('hy', { Kina: 'Չինաստան' }, 'ffff'),
      onNote: (_index, check, message) => notes.push(`${check}: ${message}`),
    };
    await provider.translate(['Kina.'], hy);
    await provider.translate(['Kina.'], hy);
    expect(notes).toEqual([
      'deepl-glossary: DeepL has no glossaries for sv→hy; its pinned terms are verified by the glossary check only.',
    ]);
    expect(count('POST', '/v3/glossaries')).toBe(0);
    expect(
      state.requests.filter((r) => r.path === '/v2/translate').every((r) => !r.fields.glossary_id),
    ).toBe(true);
  });

  it('syncs every pair for `tolk glossary sync` and reports what it did', async () => {
    const client = createDeeplClient({ authKey: TEST_DEEPL_KEY, timeoutMs: 5_000 });
    const de = pair('de', { Kina: 'China' }, 'dede');
    const first = await syncDeeplGlossaries(client, [en, de], () => undefined);
    expect(first).toEqual({
      created: [glossaryName(en), glossaryName(de)],
      reused: [],
      deleted: [],
      skipped: [],
    });
    const second = await syncDeeplGlossaries(
      client,
      [en, pair('de', { Kina: 'Volksrepublik China' }, 'dede2')],
      () => undefined,
    );
    expect(second).toEqual({
      created: ['tolk-sv-de-dede2'],
      reused: [glossaryName(en)],
      deleted: [glossaryName(de)],
      skipped: [],
    });
  });
});
