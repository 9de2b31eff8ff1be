import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maskTerms,
  matchTerms,
  restoreTerms,
  TERM_TOKEN_PATTERN,
  termToken,
} from '../../src/glossary/index.js';
import { glossaryOf, yaml } from './helpers.js';

const glossary = glossaryOf(
  yaml(
    'terms:',
    '  Vladimir Putin:',
    '    translations: { en: Vladimir Putin, uk: Володимир Путін }',
    '    forms: [Putin]',
    '  Kina: { translations: { en: China, uk: Китай } }',
    '  SCO: { keep: true }',
    '  Samarkand: { translations: { uk: Самарканд } }',
    '  S:t Petersburg: { translations: { en: St Petersburg, uk: Санкт-Петербург } }',
  ),
  [],
);

const TOKENS: [string, (i: number) => string][] = [
  ['default', termToken],
  ['xml', (i) => `<x id="${i}"/>`],
  ['underscores', (i) => `__${i}__`],
];

describe('maskTerms', () => {
  it('replaces each pinned term with a token and lists the pins in order', () => {
    const text = 'Putin besökte Kinas SCO-möte i Samarkand.';
    const { masked, pins } = maskTerms(text, matchTerms(text, glossary), 'en');
    expect(masked).toBe('⟦0⟧ besökte ⟦1⟧ ⟦2⟧-möte i Samarkand.');
    expect(pins).toEqual(['Putin', "China's", 'SCO']);
  });

  it('uses the token function it is given', () => {
    const text = 'Putin i Kina';
    expect(maskTerms(text, matchTerms(text, glossary), 'uk', (i) => `<x id="${i}"/>`)).toEqual({
      masked: '<x id="0"/> i <x id="1"/>',
      pins: ['Путін', 'Китай'],
    });
  });

  it('masks nothing when a token would run into the text around it', () => {
    const text = 'Putin1Putin';
    const token = (i: number) => `__${i}__`;
    expect(maskTerms(text, matchTerms(text, glossary), 'en', token)).toEqual({
      masked: text,
      pins: [],
    });
    expect(maskTerms(text, matchTerms(text, glossary), 'en').pins).toEqual(['Putin', 'Putin']);
  });

  it('masks nothing when the text already holds one of its tokens', () => {
    const text = 'Putin och ⟦1⟧ i Kina';
    expect(maskTerms(text, matchTerms(text, glossary), 'en')).toEqual({ masked: text, pins: [] });
  });
});

describe('restoreTerms', () => {
  it('puts the pins back where the engine moved the tokens', () => {
    expect(restoreTerms('In ⟦1⟧, ⟦0⟧ met.', ['Putin', 'China'])).toEqual({
      text: 'In China, Putin met.',
      damaged: [],
    });
  });

  it('recognises tokens an engine spaced or dotted, as Apertium does', () => {
    const restored = restoreTerms('Vi traff ⟦0⟧ og ⟦1.⟧ i ⟦ 2 ⟧, sa ⟦3..⟧ og ⟦4:⟧s', [
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    expect(restored).toEqual({ text: 'Vi traff A og B i C, sa D og Es', damaged: [] });
  });

  it('lists missing and mangled tokens as damaged, and restores the others', () => {
    const restored = restoreTerms('⟦0⟧ met ⟦O⟧ in [2]', ['Putin', 'Xi', 'China']);
    expect(restored).toEqual({ text: 'Putin met ⟦O⟧ in [2]', damaged: [1, 2] });
  });

  it('restores a token the engine repeated, every time', () => {
    expect(restoreTerms('⟦0⟧ … ⟦0⟧', ['Putin'])).toEqual({ text: 'Putin … Putin', damaged: [] });
  });

  it('never mistakes token 1 for part of token 10 or 11', () => {
    const pins = Array.from({ length: 12 }, (_, i) => `P${i}`);
    const output = pins.map((_, i) => `__${11 - i}__`).join(' ');
    const restored = restoreTerms(output, pins, (i) => `__${i}__`);
    expect(restored.text).toBe(pins.map((_, i) => `P${11 - i}`).join(' '));
    expect(restored.damaged).toEqual([]);
  });
});

/** Pseudo-localisation as a provider does it: accents, expansion, brackets; skipping tokens. */
function pseudoLocalise(text: string): string {
  const accents: Record<string, string> = {
    a: 'á',
    e: 'é',
    i: 'í',
    o: 'ó',
    u: 'ú',
    A: 'Å',
    E: 'É',
    O: 'Ö',
  };
  // split with a capturing pattern puts the tokens at the odd indices.
  const parts = text.split(new RegExp(`(${TERM_TOKEN_PATTERN.source})`));
  const body = parts
    .map((p, i) => (i % 2 === 1 ? p : [...p].map((c) => accents[c] ?? c).join('')))
    .join('');
  return `[${body} ~~~~]`;
}

/** The same transformation applied blindly: the token has no letters, so it survives anyway. */
function accentEverything(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[a-z]/gi, (c) => `${c}\u0301`)
    .normalize('NFC');
}

describe('the default token survives character-rewriting engines', () => {
  const text = 'Putin möter SCO:s ledare i S:t Petersburg och Kina.';
  const { masked, pins } = maskTerms(text, matchTerms(text, glossary), 'uk');

  it('through pseudo-localisation that skips TERM_TOKEN_PATTERN', () => {
    const restored = restoreTerms(pseudoLocalise(masked), pins);
    expect(restored.damaged).toEqual([]);
    expect(restored.text).toContain('Путін');
    expect(restored.text).toContain('Санкт-Петербург');
    expect(restored.text).toContain('Китай');
  });

  it('through an accenter that was not told about tokens', () => {
    expect(restoreTerms(accentEverything(masked), pins).damaged).toEqual([]);
  });
});

describe('mask → restore is the identity (property)', () => {
  const pieces = [
    'Putin',
    'Vladimir Putin',
    'Kinas',
    'Kina',
    'SCO:s',
    'SCO',
    'S:t Petersburg',
    'Samarkand',
  ];
  const filler = fc.string({
    unit: fc.constantFrom(
      'a',
      'ö',
      ' ',
      '.',
      '-',
      ':',
      's',
      '\n',
      'P',
      'K',
      '{',
      '}',
      '<',
      '>',
      '@',
      '1',
    ),
  });
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), filler), { maxLength: 20 })
    .map((parts) => parts.join(''));

  it.each(TOKENS)(
    'with %s tokens: restoring the matched texts gives back the source',
    (_, token) => {
      fc.assert(
        fc.property(text, (source) => {
          const matches = matchTerms(source, glossary);
          const pinned = matches.filter((m) => m.term.term !== 'Samarkand');
          const { masked, pins } = maskTerms(source, matches, 'en', token);
          if (pins.length === 0 && pinned.length > 0) {
            // Masking refused: a token would have run into the text around it.
            expect(masked).toBe(source);
            return;
          }
          expect(pins).toHaveLength(pinned.length);
          const restored = restoreTerms(
            masked,
            pinned.map((m) => m.text),
            token,
          );
          expect(restored).toEqual({ text: source, damaged: [] });
        }),
        { numRuns: 300 },
      );
    },
  );

  it('restoring the pins equals replacing each occurrence by its pin', () => {
    fc.assert(
      fc.property(text, (source) => {
        const matches = matchTerms(source, glossary);
        const { masked, pins } = maskTerms(source, matches, 'uk');
        let expected = '';
        let last = 0;
        matches.forEach((m, i) => {
          expected += source.slice(last, m.start) + pins[i];
          last = m.end;
        });
        expect(restoreTerms(masked, pins).text).toBe(expected + source.slice(last));
      }),
      { numRuns: 300 },
    );
  });
});
