import { describe, expect, it } from 'vitest';
import {
  findTermOverlaps,
  formatGlossaryProblems,
  formatPinTable,
  inspectGlossary,
  listGlossaryPins,
} from '../../src/glossary/index.js';
import { glossaryOf, yaml } from './helpers.js';

const glossary = glossaryOf(
  yaml(
    'terms:',
    '  Vladimir Putin:',
    '    translations: { en: Vladimir Putin, uk: Володимир Путін }',
    '    forms: [Putin]',
    '  Kina: { translations: { en: China } }',
    '  AP: { keep: true, note: Associated Press }',
    '  AP/TT: { keep: true }',
  ),
  [],
);

describe('listGlossaryPins and formatPinTable', () => {
  it('resolves each term in the language, in file order', () => {
    expect(listGlossaryPins(glossary, 'en-GB')).toEqual([
      {
        term: 'Vladimir Putin',
        forms: ['Putin'],
        keep: false,
        base: 'Vladimir Putin',
        genitive: "Vladimir Putin's",
      },
      { term: 'Kina', forms: [], keep: false, base: 'China', genitive: "China's" },
      { term: 'AP', forms: [], keep: true, base: 'AP', genitive: "AP's", note: 'Associated Press' },
      { term: 'AP/TT', forms: [], keep: true, base: 'AP/TT', genitive: "AP/TT's" },
    ]);
    expect(listGlossaryPins(glossary, 'uk')[1]).toEqual({ term: 'Kina', forms: [], keep: false });
  });

  it('prints an aligned table', () => {
    expect(formatPinTable(listGlossaryPins(glossary, 'uk'), 'uk').split('\n')).toEqual([
      'sv                      uk               possessive',
      'Vladimir Putin (Putin)  Володимир Путін  Володимир Путін',
      'Kina                    — (no pin)',
      'AP                      AP (kept)        AP',
      'AP/TT                   AP/TT (kept)     AP/TT',
    ]);
  });
});

describe('formatGlossaryProblems', () => {
  it('prints errors then warnings with their positions', () => {
    const { errors, warnings } = inspectGlossary(
      yaml('terms:', '  SCO: { note: x }', '  Kina: { translations: { fr: Chine } }'),
      'glossary.yaml',
      { targets: ['en'] },
    );
    const lines = formatGlossaryProblems(errors, warnings).split('\n');
    expect(lines[0]).toMatch(/^glossary\.yaml:2:3: error: Could not read glossary term "SCO"/);
    expect(lines[1]).toMatch(
      /^glossary\.yaml:3:3: warning: 1 glossary term has a translation for fr/,
    );
    expect(lines).toHaveLength(3);
  });
});

describe('findTermOverlaps', () => {
  it('shows terms inside other terms', () => {
    expect(findTermOverlaps(glossary).map((o) => `${o.form} ⊃ ${o.inner.term}`)).toEqual([
      'AP/TT ⊃ AP',
    ]);
  });
});
