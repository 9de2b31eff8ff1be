import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  supportsFormality,
  toDeeplSource,
  toDeeplTarget,
} from '../../src/providers/deepl-languages.js';

describe('toDeeplTarget', () => {
  it.each([
    ['en-GB', 'EN-GB'],
    ['en-us', 'EN-US'],
    ['pt-BR', 'PT-BR'],
    ['pt-PT', 'PT-PT'],
    ['nb', 'NB'],
    ['no', 'NB'],
    ['nb-NO', 'NB'],
    ['zh-Hans', 'ZH-HANS'],
    ['zh-HANS', 'ZH-HANS'],
    ['zh-TW', 'ZH-HANT'],
    ['de', 'DE'],
    ['de-AT', 'DE'],
    ['uk', 'UK'],
    ['es', 'ES'],
    ['es-419', 'ES-419'],
    ['es-MX', 'ES-419'],
    ['fr_CA', 'FR'],
  ])('maps %s to %s', (locale, code) => {
    expect(toDeeplTarget(locale)).toBe(code);
  });

  it.each([
    [
      'en',
      /Could not use target en with DeepL: it is ambiguous\. Name the variant: en-GB or en-US/,
    ],
    ['pt', /pt-PT or pt-BR/],
    ['zh', /zh-Hans or zh-Hant/],
    ['en-AU', /DeepL has no variant for en-AU.*en-GB or en-US.*deepl\.languages/],
    ['nn', /Nynorsk.*Use nb/],
    ['xx', /DeepL does not translate into xx/],
  ])('rejects %s with a message naming the way out', (locale, message) => {
    expect(() => toDeeplTarget(locale)).toThrow(UserError);
    expect(() => toDeeplTarget(locale)).toThrow(message);
  });

  it('lets deepl.languages map a locale DeepL has no variant for', () => {
    expect(toDeeplTarget('en-AU', { 'en-AU': 'en-gb' })).toBe('EN-GB');
  });
});

describe('DeepL language facts', () => {
  it('knows which targets take formality', () => {
    expect(['DE', 'FR', 'PT-BR', 'JA', 'RU'].every(supportsFormality)).toBe(true);
    expect(['EN-GB', 'UK', 'NB', 'SV'].some(supportsFormality)).toBe(false);
  });

  it('sends the bare source language', () => {
    expect(toDeeplSource('sv')).toBe('SV');
    expect(toDeeplSource('sv-SE')).toBe('SV');
  });
});

describe('targets DeepL lacks', () => {
  it('are refused when DeepL is asked for them, not when the provider is made', async () => {
    const { createDeeplProvider } = await import('../../src/providers/deepl.js');
    const provider = await createDeeplProvider({
      cwd: '.',
      env: { DEEPL_AUTH_KEY: 'k' },
      settings: { formality: 'prefer_less' },
      targets: ['de', 'nn'],
    });
    await expect(provider.translate(['Hej.'], { source: 'sv', target: 'nn' })).rejects.toThrow(
      /Nynorsk/,
    );
  });
});
