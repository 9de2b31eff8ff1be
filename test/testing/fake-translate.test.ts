import { describe, expect, it } from 'vitest';
import { fakeTranslate } from '../../src/testing/index.js';

const seed =
  'Toppmötet för den asiatiska samarbetsorganisationen SCO har inletts i uzbekiska Samarkand.';

describe('fakeTranslate', () => {
  it('is deterministic and plainly differs from the Swedish', () => {
    const once = fakeTranslate(seed, 'EN-GB');
    expect(fakeTranslate(seed, 'EN-GB')).toBe(once);
    expect(once).not.toBe(seed);
    expect(once).toContain(' the ');
    expect(fakeTranslate(seed, 'DE')).not.toBe(once);
  });

  it('looks frequent words up per language and keeps their case', () => {
    expect(fakeTranslate('Och i dag', 'EN-US')).toBe('And in day');
    expect(fakeTranslate('och', 'DE')).toBe('und');
    expect(fakeTranslate('OCH', 'NB')).toBe('OG');
  });

  it('writes Cyrillic for Ukrainian', () => {
    expect(fakeTranslate('Samarkand och Kina', 'UK')).toMatch(/^[\p{Script=Cyrillic}\s]+$/u);
  });

  it('keeps tags, placeholders, numbers and punctuation', () => {
    const text = 'Kina <x id="0"/> ökade med 12,5 procent – {{count}} gånger {name}! <b>fet</b>';
    const out = fakeTranslate(text, 'DE');
    for (const kept of ['<x id="0"/>', '12,5', '–', '{{count}}', '{name}', '!', '<b>', '</b>']) {
      expect(out).toContain(kept);
    }
  });

  it('leaves the content of ignored tags alone', () => {
    expect(
      fakeTranslate('och <keep>och procent</keep> och', 'EN-GB', { ignoreTags: ['keep'] }),
    ).toBe('and <keep>och procent</keep> and');
  });

  it('applies glossary entries first, longest match first, at word boundaries', () => {
    const glossary = new Map([
      ['Putin', 'Putin'],
      ['Vladimir Putin', 'Wladimir Putin'],
      ['Kinas', 'Chinas'],
      ['Kina', 'China'],
      ['SCO:s', 'der SCO'],
    ]);
    const out = fakeTranslate('Vladimir Putin och Kinas SCO:s Kinaresa', 'DE', { glossary });
    expect(out).toBe('Wladimir Putin und Chinas der SCO Kinaresa');
  });

  it('applies glossary entries with hyphens and slashes (a u-flag pattern refuses a needless \\-)', () => {
    const glossary = new Map([
      ['Kassym-Zjomart Tokajev', 'Kassym-Jomart Tokayev'],
      ['AP/TT', 'AP/TT'],
    ]);
    expect(fakeTranslate('Kassym-Zjomart Tokajev träffade AP/TT', 'EN-GB', { glossary })).toMatch(
      /^Kassym-Jomart Tokayev .* AP\/TT$/,
    );
  });
});
