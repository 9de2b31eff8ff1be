import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  derivePossessive,
  formatGlossaryTsv,
  hashTermPins,
  matchTerms,
  pairGlossary,
  pinFor,
  pinForMatch,
} from '../../src/glossary/index.js';
import { glossaryOf, yaml } from './helpers.js';

const glossary = glossaryOf(
  yaml(
    'terms:',
    '  Vladimir Putin:',
    '    translations:',
    '      en: Vladimir Putin',
    '      de: Wladimir Putin',
    '      uk: { base: Володимир Путін, genitive: Володимира Путіна }',
    '    forms: [Putin]',
    '  Xi Jinping:',
    '    translations: { en: Xi Jinping, uk: Сі Цзіньпін }',
    '    forms: [Xi]',
    '  Kina:',
    '    translations: { en: China, en-US: PRC, de: China, uk: Китай, nb: Kina, fi: Kiina }',
    '  Belarus:',
    '    translations: { en: Belarus, de: Belarus, nb: Belarus, da: Hviderusland }',
    '  Ukraina:',
    '    translations: { en: Ukraine, de: { base: Ukraine, genitive: der Ukraine } }',
    '  SCO: { keep: true }',
    '  Schweiz:',
    '    translations: { de: Schweiz, sv: Schweiz }',
    '  toppmöte:',
    '    translations: { en: summit, de: Gipfel }',
  ),
  [],
);
const term = (name: string) => glossary.terms.find((t) => t.term === name)!;

describe('pinFor', () => {
  it('uses the most specific language entry, falling back to the language', () => {
    expect(pinFor(term('Kina'), 'en-GB', false)).toBe('China');
    expect(pinFor(term('Kina'), 'en-US', false)).toBe('PRC');
    expect(pinFor(term('Kina'), 'en', false)).toBe('China');
    expect(pinFor(term('Kina'), 'EN-gb', false)).toBe('China');
    expect(pinFor(term('Kina'), 'fr', false)).toBeUndefined();
  });

  it('keeps a kept term as written, with the possessive of the target', () => {
    expect(pinFor(term('SCO'), 'uk', false)).toBe('SCO');
    expect(pinFor(term('SCO'), 'en-GB', true)).toBe("SCO's");
    expect(pinFor(term('SCO'), 'nb', true)).toBe('SCOs');
    expect(pinFor(term('SCO'), 'da', true)).toBe("SCO's");
    expect(pinFor(term('SCO'), 'sv', true)).toBe('SCO:s');
    expect(pinFor(term('SCO'), 'de', true)).toBe('SCO');
    expect(pinFor(term('SCO'), 'uk', true)).toBe('SCO');
  });

  it('derives the genitive per language, and an explicit genitive wins', () => {
    expect(pinFor(term('Kina'), 'en-GB', true)).toBe("China's");
    expect(pinFor(term('Belarus'), 'en-GB', true)).toBe("Belarus'");
    expect(pinFor(term('Kina'), 'de', true)).toBe('Chinas');
    expect(pinFor(term('Belarus'), 'de', true)).toBe("Belarus'");
    expect(pinFor(term('Schweiz'), 'de', true)).toBe("Schweiz'");
    expect(pinFor(term('Kina'), 'nb', true)).toBe('Kinas');
    expect(pinFor(term('Belarus'), 'nb', true)).toBe("Belarus'");
    expect(pinFor(term('Belarus'), 'da', true)).toBe('Hvideruslands');
    expect(pinFor(term('Schweiz'), 'sv', true)).toBe('Schweiz');
    expect(pinFor(term('Kina'), 'uk', true)).toBe('Китай');
    expect(pinFor(term('Kina'), 'fi', true)).toBe('Kiina');
    expect(pinFor(term('Ukraina'), 'de', true)).toBe('der Ukraine');
    expect(pinFor(term('Vladimir Putin'), 'uk', true)).toBe('Володимира Путіна');
  });

  it('gives a short form the matching words of the pin', () => {
    expect(pinFor(term('Vladimir Putin'), 'de', false, 'Putin')).toBe('Putin');
    expect(pinFor(term('Vladimir Putin'), 'uk', false, 'Putin')).toBe('Путін');
    expect(pinFor(term('Vladimir Putin'), 'uk', true, 'Putin')).toBe('Путіна');
    expect(pinFor(term('Vladimir Putin'), 'en', true, 'Putin')).toBe("Putin's");
    expect(pinFor(term('Xi Jinping'), 'uk', false, 'Xi')).toBe('Сі');
  });
});

describe('derivePossessive', () => {
  it.each([
    ['en', 'China', "China's"],
    ['en', 'Paris', "Paris'"],
    ['en', 'AP/TT', "AP/TT's"],
    ['de', 'Putin', 'Putins'],
    ['de', 'Strauß', "Strauß'"],
    ['de', 'Marx', "Marx'"],
    ['de', 'USA', 'USA'],
    ['nb', 'Hans', "Hans'"],
    ['nn', 'Noreg', 'Noregs'],
    ['sv', 'USA', 'USA:s'],
    ['sv', 'C++', 'C++:s'],
    ['uk', 'Путін', 'Путін'],
    ['pl', 'Putin', 'Putin'],
  ])('%s %s → %s', (lang, base, expected) => {
    expect(derivePossessive(base, lang)).toBe(expected);
  });
});

describe('pinForMatch', () => {
  it('follows the form, the genitive and a capital at the start of a sentence', () => {
    const text = 'Toppmötet? Toppmöte med Putins gäst Xi, Kinas ledare. Ett toppmöte.';
    expect(matchTerms(text, glossary).map((m) => pinForMatch(m, 'uk'))).toEqual([
      undefined,
      'Путіна',
      'Сі',
      'Китай',
      undefined,
    ]);
    expect(matchTerms(text, glossary).map((m) => pinForMatch(m, 'en'))).toEqual([
      'Summit',
      "Putin's",
      'Xi',
      "China's",
      'summit',
    ]);
  });
});

describe('pairGlossary', () => {
  it('expands every form and genitive, without duplicates or surrounding whitespace', () => {
    const pair = pairGlossary(glossary, 'sv', 'en-GB');
    expect(pair).toMatchObject({ source: 'sv', target: 'en-GB' });
    expect(pair.entries).toEqual({
      'Vladimir Putin': 'Vladimir Putin',
      Putin: 'Putin',
      'Xi Jinping': 'Xi Jinping',
      Xi: 'Xi',
      Kina: 'China',
      Belarus: 'Belarus',
      Ukraina: 'Ukraine',
      SCO: 'SCO',
      toppmöte: 'summit',
      Toppmöte: 'Summit',
      'Vladimir Putins': "Vladimir Putin's",
      Putins: "Putin's",
      'Xi Jinpings': "Xi Jinping's",
      Xis: "Xi's",
      Kinas: "China's",
      Ukrainas: "Ukraine's",
      'SCO:s': "SCO's",
      SCOs: "SCO's",
      toppmötes: "summit's",
      Toppmötes: "Summit's",
    });
    for (const [from, to] of Object.entries(pair.entries)) {
      expect(from).toBe(from.trim());
      expect(to).toBe(to.trim());
    }
  });

  it('uses explicit genitives and leaves out terms without a pin', () => {
    const pair = pairGlossary(glossary, 'sv', 'uk');
    expect(pair.entries.Putins).toBe('Путіна');
    expect(pair.entries['Vladimir Putins']).toBe('Володимира Путіна');
    expect(pair.entries.Belarus).toBeUndefined();
  });

  it('hashes the sorted TSV entries: stable, order-independent, content-sensitive', () => {
    const pair = pairGlossary(glossary, 'sv', 'de');
    expect(pair.hash).toBe(
      createHash('sha256').update(formatGlossaryTsv(pair.entries)).digest('hex'),
    );
    const reversed = { ...glossary, terms: [...glossary.terms].reverse() };
    expect(pairGlossary(reversed, 'sv', 'de').hash).toBe(pair.hash);
    const changed = glossaryOf(
      yaml('terms:', '  Kina: { translations: { de: Volksrepublik China } }'),
      [],
    );
    const same = glossaryOf(yaml('terms:', '  Kina: { translations: { de: China } }'), []);
    expect(pairGlossary(changed, 'sv', 'de').hash).not.toBe(pairGlossary(same, 'sv', 'de').hash);
    expect(formatGlossaryTsv({ b: 'B', a: 'A' })).toBe('a\tA\nb\tB');
  });
});

describe('hashTermPins', () => {
  it('changes exactly when a pin the text uses changes', () => {
    const matches = matchTerms('Putin i Kina', glossary);
    const before = hashTermPins(matches, 'de');
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTermPins(matchTerms('Kina och Putin', glossary), 'de')).toBe(before);
    const edited = glossaryOf(
      yaml(
        'terms:',
        '  Vladimir Putin:',
        '    translations: { de: Wladimir Putin }',
        '    forms: [Putin]',
        '  Kina: { translations: { de: Volksrepublik } }',
      ),
      [],
    );
    expect(hashTermPins(matchTerms('Putin i Kina', edited), 'de')).not.toBe(before);
    expect(hashTermPins(matchTerms('Putin i Samarkand', edited), 'de')).toBe(
      hashTermPins(matchTerms('Putin i Samarkand', glossary), 'de'),
    );
    expect(hashTermPins([], 'de')).toBeUndefined();
  });
});
