// The repo's own glossary.yaml against the seed article: it parses cleanly for the repo's
// targets and pins every name, place, organisation and agency the article mentions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findUnpinnedTerms,
  inspectGlossary,
  maskTerms,
  matchTerms,
  pinForMatch,
  restoreTerms,
} from '../../src/glossary/index.js';
import { TARGETS } from './helpers.js';
import { unhelpfulEngine } from './unhelpful-engine.js';

const root = join(import.meta.dirname, '../..');
const file = join(root, 'glossary.yaml');
const seed = readFileSync(join(root, 'content/sv/xi-putin-samarkand.txt'), 'utf8');
const inspection = inspectGlossary(readFileSync(file, 'utf8'), file, { targets: TARGETS });
const { glossary } = inspection;

/** Every occurrence in the seed, in order, as the article writes it. */
const SEED_OCCURRENCES = [
  // headline and lede
  'Xi',
  'Putin',
  'Uzbekistan',
  'SCO',
  'Samarkand',
  'Vladimir Putin',
  'Xi Jinping',
  'Putin',
  'Kinas',
  'Ukraina',
  // the caption, twice
  'Rysslands',
  'Vladimir Putin',
  'Kinas',
  'Xi Jinping',
  'Samarkand',
  'Rysslands',
  'Vladimir Putin',
  'Kinas',
  'Xi Jinping',
  'Samarkand',
  // credit and dateline
  'Alexandr Demyanchuk',
  'Kreml',
  'AP/TT',
  'Uzbekistan',
  // body
  'Vladimir Putin',
  'Xi Jinping',
  'Ryssland',
  'Kina',
  'Taiwan',
  'Peking',
  'Kina',
  'Kina',
  'USA',
  'Taiwansundet',
  'Putin',
  'Xi Jinping',
  'Kina',
  'Ryssland',
  'Peking',
  'Moskva',
  'SCO',
  'Xi Jinping',
  'Putin',
  'Irans',
  'Ebrahim Raisi',
  'Putin',
  'Iran',
  'Iran',
  'Iran',
  'SCO',
  'SCO',
  'Ryssland',
  'Raisi',
  'Putin',
  'USA',
  'Iran',
  'Ryssland',
  'Iran',
  'Ryssland',
  'Putin',
  'Pakistans',
  'Shehbaz Sharif',
  'Indiens',
  'Narendra Modi',
  'Turkiets',
  'Recep Tayyip Erdogan',
  'Xi Jinping',
  'Belarus',
  'Aleksandr Lukasjenko',
  'Samarkand',
  // fact box and source
  'SCO',
  'SCO',
  'Shanghai Cooperation Organisation',
  'Asien',
  'SCO',
  'Shanghai Five',
  'Kazakstan',
  'Kina',
  'Kirgizistan',
  'Ryssland',
  'Tadzjikistan',
  'Uzbekistan',
  'Indien',
  'Pakistan',
  'Afghanistan',
  'Belarus',
  'Iran',
  'Mongoliet',
  'Turkiet',
  'SCO',
  'NE',
];

describe('glossary.yaml', () => {
  it('parses without errors or warnings for the repo targets', () => {
    expect(inspection.errors).toEqual([]);
    expect(inspection.warnings).toEqual([]);
  });

  it('finds every name occurrence of the seed article, and no adjective', () => {
    expect(matchTerms(seed, glossary).map((m) => m.text)).toEqual(SEED_OCCURRENCES);
  });

  it('has a pin for every occurrence in every target', () => {
    for (const lang of TARGETS) {
      const unpinned = matchTerms(seed, glossary).filter((m) => pinForMatch(m, lang) === undefined);
      expect(unpinned.map((m) => m.text)).toEqual([]);
    }
  });

  it('gives the forms a reader of each language expects', () => {
    const pins = (lang: string) =>
      new Map(matchTerms(seed, glossary).map((m) => [m.text, pinForMatch(m, lang)]));
    expect(Object.fromEntries(pins('en-GB'))).toMatchObject({
      Kinas: "China's",
      Xi: 'Xi',
      Peking: 'Beijing',
      Kreml: 'Kremlin',
    });
    expect(Object.fromEntries(pins('de'))).toMatchObject({
      'Vladimir Putin': 'Wladimir Putin',
      Rysslands: 'Russlands',
      Moskva: 'Moskau',
    });
    expect(Object.fromEntries(pins('uk'))).toMatchObject({
      Xi: 'Сі',
      Putin: 'Путін',
      Kinas: 'Китаю',
      Rysslands: 'Росії',
      SCO: 'SCO',
    });
    expect(Object.fromEntries(pins('nb'))).toMatchObject({
      Uzbekistan: 'Usbekistan',
      Turkiet: 'Tyrkia',
      'AP/TT': 'AP/TT',
    });
  });

  it.each(TARGETS)('pins every seed occurrence in %s through the unhelpful engine', (lang) => {
    const { masked, pins } = maskTerms(seed, matchTerms(seed, glossary), lang);
    expect(pins).toHaveLength(SEED_OCCURRENCES.length);
    const restored = restoreTerms(unhelpfulEngine(masked, lang), pins);
    expect(restored.damaged).toEqual([]);
    expect(findUnpinnedTerms(seed, restored.text, glossary, lang)).toEqual([]);
    expect(
      findUnpinnedTerms(seed, unhelpfulEngine(seed, lang), glossary, lang).length,
    ).toBeGreaterThan(40);
  });
});
