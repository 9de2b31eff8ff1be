import { describe, expect, it } from 'vitest';
import { matchTerms } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/types.js';
import { glossaryOf, yaml } from './helpers.js';

const glossary = glossaryOf(
  yaml(
    'terms:',
    '  Vladimir Putin:',
    '    translations: { en: Vladimir Putin }',
    '    forms: [Putin]',
    '  Xi Jinping:',
    '    translations: { en: Xi Jinping }',
    '    forms: [Xi]',
    '  Kina: { translations: { en: China } }',
    '  Samarkand: { translations: { en: Samarkand } }',
    '  Belarus: { translations: { en: Belarus } }',
    '  SCO: { keep: true }',
    '  AP: { keep: true }',
    '  TT: { keep: true }',
    '  AP/TT: { keep: true }',
    '  S:t Petersburg: { translations: { en: St Petersburg } }',
    '  C++: { keep: true }',
    '  toppmöte:',
    '    translations: { en: summit }',
    '  nato:',
    '    translations: { en: NATO }',
    '    caseSensitive: false',
    '  Kreml: { translations: { en: Kremlin } }',
  ),
  ['en'],
);

/** `text` of each match, `:g` marking a genitive. */
function found(text: string, g: Glossary = glossary): string[] {
  return matchTerms(text, g).map((m) => (m.genitive ? `${m.text}:g` : m.text));
}

describe('matchTerms: forms', () => {
  it('finds the term, its listed forms, and the derived Swedish genitives', () => {
    expect(found('Xi Jinpings besök, Putins tal och Kinas hållning')).toEqual([
      'Xi Jinpings:g',
      'Putins:g',
      'Kinas:g',
    ]);
    expect(found('SCO:s medlemmar och SCOs möte')).toEqual(['SCO:s:g', 'SCOs:g']);
    expect(found('AP/TT:s bild')).toEqual(['AP/TT:s:g']);
    expect(found('C++:s regler')).toEqual(['C++:s:g']);
  });

  it('counts a name ending in s unchanged as the base form (Belarus president)', () => {
    expect(found('Belarus president')).toEqual(['Belarus']);
  });

  it('gives offsets that slice back to the text', () => {
    const text = 'Toppmötet i Samarkand: Putin möter Xi.';
    for (const m of matchTerms(text, glossary)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matchTerms(text, glossary).map((m) => m.term.term)).toEqual([
      'Samarkand',
      'Vladimir Putin',
      'Xi Jinping',
    ]);
  });
});

describe('matchTerms: word boundaries', () => {
  it('matches only whole words, Unicode-aware', () => {
    expect(found('Samarkands torg')).toEqual(['Samarkands:g']);
    expect(found('en Samarkandbo, Kinaresan, Putinism, kinesiska')).toEqual([]);
    expect(found('Öst-Samarkand och Samarkandé')).toEqual(['Samarkand']);
  });

  it('counts the first part of a hyphen compound (SCO-länder has SCO)', () => {
    expect(found('Flera SCO-länder och Kina-resan')).toEqual(['SCO', 'Kina']);
  });

  it('matches next to punctuation, in quotes and brackets, at the start and end of the text', () => {
    expect(found('Putin: "Kina", (Samarkand) «SCO» ’Xi’ —Kreml.')).toEqual([
      'Putin',
      'Kina',
      'Samarkand',
      'SCO',
      'Xi',
      'Kreml',
    ]);
  });

  it('treats a letter next to a digit as a boundary (a dateline running into a timestamp)', () => {
    expect(found('Samarkand2022-09-15 13:23')).toEqual(['Samarkand']);
  });

  it('matches across any whitespace inside a multi-word term', () => {
    expect(found('Vladimir\u00a0Putin och Xi\n  Jinping')).toEqual([
      'Vladimir\u00a0Putin',
      'Xi\n  Jinping',
    ]);
  });

  it('matches a decomposed å like a composed one', () => {
    const g = glossaryOf(yaml('terms:', '  Åland: { translations: { en: Åland } }'), ['en']);
    expect(found('Resan till A\u030aland', g)).toEqual(['A\u030aland']);
  });
});

describe('matchTerms: overlaps, case and literal characters', () => {
  it('prefers the longest match', () => {
    expect(matchTerms('Vladimir Putin och Putin', glossary).map((m) => m.term.term)).toEqual([
      'Vladimir Putin',
      'Vladimir Putin',
    ]);
    expect(found('Vladimir Putin och Putin')).toEqual(['Vladimir Putin', 'Putin']);
    expect(found('Foto: AP/TT och AP och TT')).toEqual(['AP/TT', 'AP', 'TT']);
  });

  it('takes the longest of two crossing matches', () => {
    const g = glossaryOf(
      yaml(
        'terms:',
        '  Nya Zeeland: { translations: { en: New Zealand } }',
        '  Zeeland Bank: { keep: true }',
      ),
      ['en'],
    );
    expect(found('Nya Zeeland Bank', g)).toEqual(['Zeeland Bank']);
  });

  it('selects afresh for each text: the choices in one do not block the next', () => {
    const long = `${'x '.repeat(600)}Vladimir Putin och Putin, AP/TT`;
    expect(found(long)).toEqual(['Vladimir Putin', 'Putin', 'AP/TT']);
    expect(found('Vladimir Putin och Putin')).toEqual(['Vladimir Putin', 'Putin']);
    expect(found(long)).toEqual(['Vladimir Putin', 'Putin', 'AP/TT']);
    expect(found('AP/TT, Putin')).toEqual(['AP/TT', 'Putin']);
  });

  it('matches terms with regex characters literally', () => {
    expect(found('S:t Petersburg och St Petersburg, C++ och C+, AP/TT och AP-TT')).toEqual([
      'S:t Petersburg',
      'C++',
      'AP/TT',
      'AP',
      'TT',
    ]);
    expect(found('S:t Petersburgs hamn')).toEqual(['S:t Petersburgs:g']);
  });

  it('is case-sensitive by default; a lower-case term still matches capitalised', () => {
    expect(found('kina och KINA och putin')).toEqual([]);
    expect(found('Toppmöte i dag. Ett toppmöte till, toppmötes start')).toEqual([
      'Toppmöte',
      'toppmöte',
      'toppmötes:g',
    ]);
    expect(found('TOPPMÖTE')).toEqual([]);
  });

  it('matches caseSensitive: false terms in any case', () => {
    expect(found('Nato, NATO, nato och NATO:s')).toEqual(['Nato', 'NATO', 'nato', 'NATO:s:g']);
  });
});

describe('matchTerms: not inside code or addresses', () => {
  it('skips URLs, e-mail addresses, placeholders, nesting, arguments and tags', () => {
    const text = [
      'https://example.com/Putin/Kina.html',
      'www.kina.se/Samarkand',
      'putin.press@kreml.ru',
      'Putin@Kreml.ru',
      '{{Putin}} och {{ name, Kina }}',
      '$t(Kina.title)',
      '{Samarkand}',
      '<a href="/Putin" title="Kina">Samarkand</a>',
    ].join(' ');
    expect(found(text)).toEqual(['Samarkand']);
  });

  it('keeps terms right next to an excluded stretch', () => {
    expect(found('Kina (https://x.se/a). Putin, se {{x}}Kreml.')).toEqual([
      'Kina',
      'Putin',
      'Kreml',
    ]);
  });

  it('ignores a lone @, an unclosed placeholder and a stray <', () => {
    expect(found('Putin @ Kina {{ Samarkand och 3 < 4 Kreml')).toEqual([
      'Putin',
      'Kina',
      'Samarkand',
      'Kreml',
    ]);
  });
});

describe('matchTerms: linear time on adversarial input', () => {
  const megabyte = 1 << 20;
  // Each input finishes: a quadratic scan of any of them would take hours at this size.
  const inputs: [string, string][] = [
    ['one long word', 'a'.repeat(megabyte)],
    ['repeated prefixes of a term', 'Vladimir '.repeat(megabyte / 9)],
    ['almost-matches of a long term', 'S:t Petersbur'.repeat(megabyte / 13)],
    ['whitespace after a term prefix', `Xi${' '.repeat(megabyte)}`],
    ['at signs without a domain', 'a@'.repeat(megabyte / 2)],
    ['open placeholders', '{{'.repeat(megabyte / 2)],
    ['open tags', '<a'.repeat(megabyte / 2)],
    ['URL starts', 'http://'.repeat(megabyte / 7)],
    ['colons and letters', 'SCO:'.repeat(megabyte / 4)],
  ];
  it.each(inputs)('finishes on %s (1 MB)', (_, text) => {
    expect(Array.isArray(matchTerms(text, glossary))).toBe(true);
  });

  it('still finds every term in a 1 MB text full of them', () => {
    const text = 'Putin möter Xi i Kina. '.repeat(megabyte / 23);
    expect(matchTerms(text, glossary)).toHaveLength(((megabyte / 23) | 0) * 3);
  });
});

describe('matchTerms: caching', () => {
  it('rebuilds when the glossary terms change', () => {
    const g: Glossary = { file: 'g', terms: [] };
    expect(matchTerms('Kina', g)).toEqual([]);
    g.terms = glossary.terms;
    expect(found('Kina', g)).toEqual(['Kina']);
  });
});

describe('matchTerms: genitives written or listed unusually', () => {
  it('reads X:s as a genitive of any name, and a listed genitive form as a genitive', () => {
    const g = glossaryOf(
      yaml(
        'terms:',
        '  Xi Jinping:',
        '    translations: { en: Xi Jinping }',
        '    forms: [Xi, Xis]',
      ),
      ['en'],
    );
    expect(found('Xi:s tal och Xis besök', g)).toEqual(['Xi:s:g', 'Xis:g']);
  });
});

describe('matchTerms: characters around names', () => {
  it('ends a word at an emoji, a zero-width space or a right-to-left mark, but not inside a word', () => {
    expect(found('Putin😀 och 😀Kina, \u200bSamarkand\u200f och 𝐊ina')).toEqual([
      'Putin',
      'Kina',
      'Samarkand',
    ]);
    expect(found('Putin𝐚')).toEqual([]);
  });
});

describe('the search for where a form may start', () => {
  it('stops at every unit a form may start with', async () => {
    const { unitsMissedByStartSearch } = await import('../../src/glossary/match.js');
    const startsEverywhere = glossaryOf(
      yaml(
        'terms:',
        "  'Åland': { translations: { en: Åland } }",
        '  öresund: { translations: { en: Øresund }, caseSensitive: false }',
        '  ärende: { translations: { en: case } }',
        '  ßtraße: { translations: { en: Strasse }, caseSensitive: false }',
        '  İstanbul: { translations: { en: Istanbul }, caseSensitive: false }',
        '  ’t Hooft: { translations: { en: t Hooft } }',
        '  Москва: { translations: { en: Moscow }, caseSensitive: false }',
        '  Ωmega: { translations: { en: Omega }, caseSensitive: false }',
        '  東京: { translations: { en: Tokyo } }',
        '  😀 face: { keep: true }',
        '  éclair: { translations: { en: eclair }, caseSensitive: false }',
        '  Kelvin: { translations: { en: Kelvin }, caseSensitive: false }',
      ),
      ['en'],
    );
    expect(unitsMissedByStartSearch(startsEverywhere)).toEqual([]);
    expect(unitsMissedByStartSearch(glossary)).toEqual([]);
  });

  it('finds terms after and among units of every kind', () => {
    expect(found('€ Kina, ”Kreml” – 😀 Putin och NATO.')).toEqual([
      'Kina',
      'Kreml',
      'Putin',
      'NATO',
    ]);
  });
});
