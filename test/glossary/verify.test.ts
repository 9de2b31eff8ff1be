import { describe, expect, it } from 'vitest';
import { findUnpinnedTerms } from '../../src/glossary/index.js';
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
    '  Kina: { translations: { en: China, de: China, uk: Китай, nb: Kina } }',
    '  Moskva: { translations: { en: Moscow, uk: Москва } }',
    '  Taiwansundet: { translations: { en: Taiwan Strait, uk: Тайванська протока } }',
    '  Kreml: { translations: { en: Kremlin, de: Kreml, uk: Кремль } }',
    '  SCO: { keep: true, note: Shanghai Cooperation Organisation }',
    '  toppmöte: { translations: { en: summit } }',
    '  Shanghai Cooperation Organisation: { keep: true }',
  ),
  [],
);

/** Each unpinned occurrence as `source → expected`. */
function unpinned(source: string, target: string, lang: string): string[] {
  return findUnpinnedTerms(source, target, glossary, lang).map(
    (u) => `${u.match.text} → ${u.expected}`,
  );
}

describe('findUnpinnedTerms', () => {
  it('passes a translation with every pin, and reports a missing one with what was expected', () => {
    expect(unpinned('Putin besökte Kina.', 'Putin visited China.', 'en')).toEqual([]);
    expect(unpinned('Putin besökte Kina.', 'Putin visited the PRC.', 'en')).toEqual([
      'Kina → China',
    ]);
    const [first] = findUnpinnedTerms(
      'Putin besökte Kina.',
      'Putin visited the PRC.',
      glossary,
      'en',
    );
    expect(first).toMatchObject({
      term: { term: 'Kina' },
      match: { start: 14, end: 18, genitive: false },
    });
  });

  it('counts occurrence by occurrence', () => {
    expect(unpinned('Putin, Putin och Putin', 'Putin and Putin', 'en')).toEqual(['Putin → Putin']);
    const report = findUnpinnedTerms('Putin, Putin och Putin', 'Putin', glossary, 'en');
    expect(report.map((u) => u.match.start)).toEqual([7, 17]);
  });

  it('does not count the Putin inside Vladimir Putin twice', () => {
    expect(unpinned('Vladimir Putin och Putin', 'Vladimir Putin and him', 'en')).toEqual([
      'Putin → Putin',
    ]);
    expect(unpinned('Vladimir Putin och Putin', 'Vladimir Putin and Putin', 'en')).toEqual([]);
    expect(unpinned('Vladimir Putin och Vladimir Putin', 'Vladimir Putin and Putin', 'en')).toEqual(
      ['Vladimir Putin → Vladimir Putin'],
    );
  });

  it('accepts the possessive or the base form for a Swedish genitive', () => {
    expect(unpinned('Kinas ledare', "China's leader", 'en')).toEqual([]);
    expect(unpinned('Kinas ledare', 'the leader of China', 'en')).toEqual([]);
    expect(unpinned('Putins tal', 'Putins Rede', 'de')).toEqual([]);
    expect(unpinned('Kremls tal', 'die Rede des Kremls', 'de')).toEqual([]);
    expect(unpinned('Kinas ledare', 'Kinas leder', 'nb')).toEqual([]);
  });

  it('accepts case endings in languages with noun cases', () => {
    expect(unpinned('Putin i Moskva', 'Путіна в Москві', 'uk')).toEqual([]);
    expect(unpinned('Putin i Kreml', 'Путіним у Кремлі', 'uk')).toEqual([]);
    expect(unpinned('Vladimir Putin', 'Володимира Путіна', 'uk')).toEqual([]);
    expect(unpinned('i Taiwansundet', 'у Тайванській протоці', 'uk')).toEqual([]);
    expect(unpinned('Kinas', 'Китаю', 'uk')).toEqual([]);
  });

  it('rejects a different word that merely starts like the pin, and endings where the language has none', () => {
    expect(unpinned('Putin', 'Путінізм', 'uk')).toEqual(['Putin → Путін']);
    expect(unpinned('Kina', 'Chinatown', 'en')).toEqual(['Kina → China']);
    expect(unpinned('Kina', 'Chinas', 'en')).toEqual(['Kina → China']);
  });

  it('reports a kept term that was translated or spelt out', () => {
    expect(unpinned('SCO:s möte', "the SCO's meeting", 'en')).toEqual([]);
    expect(unpinned('SCO:s möte', 'the Shanghai Cooperation Organisation meeting', 'en')).toEqual([
      "SCO:s → SCO's",
    ]);
    expect(unpinned('SCO', 'ШОС', 'uk')).toEqual(['SCO → SCO']);
    // A kept Latin name in a declining language: the whole word counts, not only its stem.
    const kept = 'Shanghai Cooperation Organisation';
    expect(unpinned(kept, `(${kept})`, 'uk')).toEqual([]);
    expect(unpinned(kept, 'Шанхайська організація співробітництва', 'uk')).toEqual([
      `${kept} → ${kept}`,
    ]);
  });

  it('accepts a lower-case pin capitalised at the start of a sentence, but not a changed name', () => {
    expect(unpinned('Toppmötet slutar. Ett toppmöte.', 'Summit ends. A summit.', 'en')).toEqual([]);
    expect(unpinned('Kina', 'china', 'en')).toEqual(['Kina → China']);
  });

  it('tolerates other whitespace and apostrophes in the translation', () => {
    expect(unpinned('Vladimir Putin och Kinas', 'Vladimir\u00a0Putin and China’s', 'en')).toEqual(
      [],
    );
  });

  it('ignores terms the language has no pin for, and texts without terms', () => {
    expect(unpinned('Moskva', 'Moskau', 'de')).toEqual([]);
    expect(unpinned('Inget namn här.', 'No name here.', 'en')).toEqual([]);
  });
});
