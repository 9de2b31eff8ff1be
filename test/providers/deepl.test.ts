import { describe, expect, it } from 'vitest';
import { ProviderError, UserError } from '../../src/errors.js';
import { createDeeplProvider } from '../../src/providers/deepl.js';
import {
  buildTranslateOptions,
  measureBaseBytes,
} from '../../src/providers/deepl-request-options.js';
import { readDeeplSettings } from '../../src/providers/deepl-settings.js';
import { readDeeplUsage } from '../../src/providers/deepl-usage.js';
import type { Provider, TranslateContext } from '../../src/providers/types.js';
import { deeplTestEnv, TEST_DEEPL_KEY, useDeeplMock } from '../helpers/deepl-server.js';

const state = useDeeplMock({ serverUrls: ['https://deepl.internal'] });

async function makeProvider(
  settings: Record<string, unknown> = {},
  targets = ['de', 'en-GB', 'uk'],
) {
  return createDeeplProvider({ cwd: process.cwd(), env: deeplTestEnv(), settings, targets });
}

function translateRequests() {
  return state.requests.filter((r) => r.path === '/v2/translate');
}

const de: TranslateContext = { source: 'sv', target: 'de' };

describe('the DeepL provider', () => {
  it('declares its capabilities and the mask token DeepL keeps', async () => {
    const provider = await makeProvider();
    expect(provider.name).toBe('deepl');
    expect(provider.capabilities).toMatchObject({ glossary: true, tags: true, maxBatch: 50 });
    expect(provider.capabilities.maskToken?.(3)).toBe('<x id="3"/>');
  });

  it('sends 50 texts in one request and the 51st in a second', async () => {
    const provider = await makeProvider();
    const texts = Array.from({ length: 51 }, (_, i) => `Ledarna möttes ${i} gånger.`);
    const out = await provider.translate(texts, de);
    expect(out).toHaveLength(51);
    expect(translateRequests().map((r) => r.fields.text?.length)).toEqual([50, 1]);
    expect(out[7]).toContain('7');
    expect(out[7]).not.toBe(texts[7]);
  });

  it('fills a request to exactly 128 KiB of Swedish text as measured on the wire', async () => {
    const provider = await makeProvider();
    const settings = readDeeplSettings({}, ['de']);
    const base = measureBaseBytes(
      'sv',
      'DE',
      buildTranslateOptions(settings, 'de', undefined, false),
    );
    const budget = 128 * 1024 - base;
    const count = Math.floor((budget / 10 - 6) / 6);
    const texts = Array.from({ length: 10 }, () => 'ä'.repeat(count));
    texts[9] += 'a'.repeat(budget - 10 * (6 + 6 * count));
    await provider.translate(texts, de);
    expect(translateRequests().map((r) => [r.status, r.bodyBytes])).toEqual([[200, 128 * 1024]]);

    state.requests.length = 0;
    texts[9] += 'å';
    await provider.translate(texts, de);
    expect(translateRequests().map((r) => r.status)).toEqual([200, 200]);
    for (const request of translateRequests())
      expect(request.bodyBytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('splits a paragraph too long for one request and joins it back', async () => {
    const provider = await makeProvider();
    const sentence = `Xi Jinping möter Vladimir Putin i Samarkand och de två ledarna samtalar länge ${'om världen '.repeat(20)}.`;
    const paragraph = Array.from({ length: 400 }, () => sentence).join(' ');
    const [out] = await provider.translate([paragraph], de);
    expect(translateRequests().length).toBeGreaterThan(1);
    expect(translateRequests().every((r) => r.status === 200)).toBe(true);
    expect(out?.split('Samarkand').length).toBe(401);
  });

  it('sends the distinct contexts of a request as DeepL context', async () => {
    const provider = await makeProvider();
    const contexts = ['Rubrik. Stycke ett.', 'Rubrik. Stycke ett.', 'Stycke två.'];
    await provider.translate(['Stycke ett.', 'Ett.', 'Stycke två.'], { ...de, contexts });
    expect(translateRequests()[0]?.fields.context).toEqual(['Rubrik. Stycke ett.\n\nStycke två.']);

    state.requests.length = 0;
    const off = await makeProvider({ context: false });
    await off.translate(['Ett.'], { ...de, contexts: ['Stycke.'] });
    expect(translateRequests()[0]?.fields.context).toBeUndefined();
  });

  it('maps every option to its form field', async () => {
    const provider = await makeProvider({
      formality: { default: 'prefer_less', de: 'more' },
      modelType: 'quality_optimized',
      tagHandling: 'html',
      preserveFormatting: false,
      splitSentences: 'nonewlines',
    });
    await provider.translate(['Hej.'], de);
    await provider.translate(['Hej.'], { source: 'sv', target: 'en-GB' });
    const [toDe, toEn] = translateRequests();
    expect(toDe?.fields).toMatchObject({
      source_lang: ['sv'],
      target_lang: ['de'],
      formality: ['more'],
      model_type: ['quality_optimized'],
      tag_handling: ['html'],
      ignore_tags: ['x'],
      preserve_formatting: ['0'],
      split_sentences: ['nonewlines'],
      show_billed_characters: ['1'],
    });
    expect(toEn?.fields).toMatchObject({ target_lang: ['en-GB'], formality: ['prefer_less'] });
  });

  it('sends pre-segmented sentences unsplit, keeping formatting, and XML handling only for tags', async () => {
    const provider = await makeProvider();
    await provider.translate(['Hej.'], de);
    await provider.translate(['Hej <x id="0"/> där.'], de);
    const [plain, tagged] = translateRequests();
    expect(plain?.fields).toMatchObject({ split_sentences: ['0'], preserve_formatting: ['1'] });
    expect(plain?.fields.tag_handling).toBeUndefined();
    expect(tagged?.fields).toMatchObject({ tag_handling: ['xml'], ignore_tags: ['x'] });
  });

  it('reports the characters DeepL billed', async () => {
    const provider = await makeProvider();
    let billed = 0;
    await provider.translate(['Kina och Ryssland.', 'Hej.'], {
      ...de,
      onBilled: (n) => (billed += n),
    });
    expect(billed).toBe('Kina och Ryssland.'.length + 'Hej.'.length);
  });

  it('sends a :fx key to the Free API, and DEEPL_SERVER_URL or deepl.serverUrl elsewhere', async () => {
    const hostOf = async (env: Record<string, string>, settings: Record<string, unknown> = {}) => {
      state.requests.length = 0;
      const provider = await createDeeplProvider({ cwd: '.', env, settings, targets: ['de'] });
      await provider.translate(['Hej.'], de).catch(() => undefined);
      return state.requests[0]?.host;
    };
    expect(await hostOf({ DEEPL_AUTH_KEY: `${TEST_DEEPL_KEY}:fx` })).toBe('api-free.deepl.com');
    expect(await hostOf(deeplTestEnv())).toBe('api.deepl.com');
    const internal = 'https://deepl.internal';
    expect(await hostOf(deeplTestEnv({ DEEPL_SERVER_URL: internal }))).toBe('deepl.internal');
    expect(await hostOf({ DEEPL_AUTH_KEY: `${TEST_DEEPL_KEY}:fx` }, { serverUrl: internal })).toBe(
      'deepl.internal',
    );
  });

  it('reads the usage', async () => {
    state.characterLimit = 1000;
    const provider = await makeProvider();
    await provider.translate(['Hej.'], de);
    const usage = await readDeeplUsage({ env: deeplTestEnv(), settings: {}, targets: ['de'] });
    expect(usage).toEqual({ characterCount: 4, characterLimit: 1000 });
  });

  it('rejects a short answer instead of returning it', async () => {
    const provider = await makeProvider();
    state.faults.push({ short: true });
    const error = await provider.translate(['Ett.', 'Två.'], de).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/1 translations for 2 texts/);
    expect(translateRequests()).toHaveLength(1);
  });

  it('names the refused key variable without printing the key', async () => {
    const provider = await createDeeplProvider({
      cwd: '.',
      env: { DEEPL_AUTH_KEY: 'wrong-key-123' },
      settings: {},
      targets: ['de'],
    });
    const error = await provider.translate(['Hej.'], de).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/DEEPL_AUTH_KEY.*403/);
    expect((error as Error).message).not.toContain('wrong-key-123');
  });
});

describe('the DeepL provider, before any request', () => {
  async function expectUserError(make: () => Promise<Provider> | Provider, pattern: RegExp) {
    const error = await (async () => make())().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(pattern);
    expect(state.requests).toHaveLength(0);
  }

  it('asks for DEEPL_AUTH_KEY and names the ways out', async () => {
    await expectUserError(
      () => createDeeplProvider({ cwd: '.', env: {}, settings: {}, targets: ['de'] }),
      /DEEPL_AUTH_KEY is not set.*--provider pseudo.*offline provider/,
    );
  });

  it('rejects an ambiguous English or Portuguese target, naming the choices', async () => {
    await expectUserError(() => makeProvider({}, ['en']), /en-GB or en-US/);
    await expectUserError(() => makeProvider({}, ['pt']), /pt-PT or pt-BR/);
  });

  it('rejects formality more/less where DeepL has none, naming the field and target', async () => {
    await expectUserError(
      () => makeProvider({ formality: 'more' }, ['de', 'en-GB']),
      /deepl\.formality: "more" is not available for en-GB/,
    );
    await expectUserError(
      () => makeProvider({ formality: { uk: 'less' } }, ['de', 'uk']),
      /deepl\.formality\.uk/,
    );
    await expect(makeProvider({ formality: 'prefer_more' }, ['de', 'en-GB'])).resolves.toBeTruthy();
    await expect(
      makeProvider({ formality: { de: 'more', default: 'prefer_more' } }, ['de', 'en-GB']),
    ).resolves.toBeTruthy();
  });

  it('names an unknown or invalid setting', async () => {
    await expectUserError(
      () => makeProvider({ formalty: 'more' }),
      /deepl\.formalty: unknown setting/,
    );
    await expectUserError(() => makeProvider({ modelType: 'fast' }), /deepl\.modelType/);
    await expectUserError(() => makeProvider({ timeoutMs: -1 }), /deepl\.timeoutMs/);
  });
});
