import { createHash } from 'node:crypto';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { buildBaseKey, buildParagraphKeys, segmentText } from '../../src/segment/index.js';
import type { Segment } from '../../src/types.js';
import { readSeed } from './seed.js';

const seed = readSeed();
const segments = segmentText(seed);

/** `a.b` → { a: { b: text } }, the nesting i18next reads with its default key separator. */
function nest(list: readonly Segment[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const { key, text } of list) {
    const path = key.split('.');
    let node = root;
    for (const part of path.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[path.at(-1)!] = text;
  }
  return root;
}

describe('segment keys on the seed article', () => {
  it('load into i18next with default options and t() gives back every text', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'sv',
      resources: { sv: { seed: nest(segments) } },
      ns: ['seed'],
      defaultNS: 'seed',
      interpolation: { escapeValue: false },
    });
    for (const { key, text } of segments) expect(instance.t(`seed:${key}`)).toBe(text);
  });

  it('use only lower-case ASCII, dashes and at most one nesting dot, and never a plural or context suffix', () => {
    for (const { key } of segments) {
      expect(key).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)?$/);
      expect(key).not.toMatch(/_(zero|one|two|few|many|other)$/);
    }
  });

  it('are readable: shape prefix and the paragraph’s first words', () => {
    const keyOf = (paragraph: number) => segments.find((s) => s.paragraph === paragraph)!.key;
    expect(keyOf(0)).toBe('heading-xi-och-putin-starker');
    expect(keyOf(1)).toBe('p-toppmotet-for-den-asiatiska.s1');
    expect(keyOf(4)).toBe('credit-alexandr-demyanchuk-kreml-via');
    expect(keyOf(7)).toBe('quote-vi-uppskattar-hogt-den.s1');
    expect(keyOf(28)).toBe('fact-sco');
    expect(keyOf(33)).toBe('source-ne');
    expect(segments.filter((s) => s.paragraph === 5).map((s) => s.key)).toEqual([
      'dateline-uzbekistan.place',
      'dateline-uzbekistan.time',
    ]);
  });

  it('are unique per distinct text and shared by the repeated caption', () => {
    const textByKey = new Map<string, string>();
    for (const { key, text } of segments) {
      expect(textByKey.get(key) ?? text).toBe(text);
      textByKey.set(key, text);
    }
    const captions = segments.filter((s) => s.kind === 'caption');
    expect(captions).toHaveLength(2);
    expect(captions[0]!.key).toBe(captions[1]!.key);
    expect(captions[0]!.paragraph).not.toBe(captions[1]!.paragraph);
  });

  it('never make a key both a value and the parent of another key', () => {
    const keys = new Set(segments.map((s) => s.key));
    for (const key of keys) expect(keys.has(key.split('.')[0]!) && key.includes('.')).toBe(false);
  });
});

describe('paragraph keys when first words clash', () => {
  const a = 'Vi har inte fått något svar från Kreml.';
  const b = 'Vi har inte fått något besked än, säger hon.';

  it('disambiguates different paragraphs with the same first words', () => {
    const keys = buildParagraphKeys([a, b]);
    expect(keys.get(a)).not.toBe(keys.get(b));
    expect([keys.get(a), keys.get(b)]).toContain('p-vi-har-inte-fatt');
  });

  it('chooses the same keys whatever the order of the paragraphs', () => {
    const forward = buildParagraphKeys([a, b]);
    const backward = buildParagraphKeys([b, a]);
    expect(backward.get(a)).toBe(forward.get(a));
    expect(backward.get(b)).toBe(forward.get(b));
  });

  it('appends the first six hex digits of the SHA-256 of the text', () => {
    const hash = createHash('sha256').update(b).digest('hex').slice(0, 6);
    expect(buildParagraphKeys([a, b]).get(b)).toBe(`p-vi-har-inte-fatt-${hash}`);
  });

  it('leaves the shorter paragraph its bare key when a longer one joins', () => {
    expect(buildParagraphKeys([a, `${a} Det säger hon.`]).get(a)).toBe('p-vi-har-inte-fatt');
  });

  it('falls back to a hash when a paragraph has no ASCII-foldable word', () => {
    expect(buildParagraphKeys(['Сі Цзіньпін.']).get('Сі Цзіньпін.')).toMatch(/^p-[0-9a-f]{6}$/);
  });
});

describe('paragraph key words', () => {
  // The words are folded code point by code point; these are the cases where that could differ
  // from folding the whole text: expansions, combining marks, sigma, letters outside the BMP.
  it.each([
    ['İstanbul, Straße och Æble.', 'p-istanbul-strasse-och-aeble'],
    ['Cafe\u0301 Ångström: Œuvre ÉLAN.', 'p-cafe-angstrom-oeuvre-elan'],
    ['Сі Цзіньпін träffade Putin i Samarkand.', 'p-traffade-putin-i-samarkand'],
    ['ΣΟΦΙΑΣ 𝐀𝐁 möttes 2022 i Ǆemal.', 'p-mottes-2022-i-emal'],
  ])('fold %j to ASCII', (paragraph, key) => {
    expect(buildBaseKey(paragraph)).toBe(key);
  });
});
