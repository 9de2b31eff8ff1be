import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DiffPart, diffWords, tokenizeWords } from '../../../src/review/html/diff-words.js';

const side = (parts: DiffPart[], drop: DiffPart['op']): string =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join('');

describe('diffWords', () => {
  it('marks a replaced word and keeps the rest equal', () => {
    expect(diffWords('Putin meets Xi in Samarkand.', 'Putin met Xi in Samarkand.')).toEqual([
      { op: 'equal', text: 'Putin ' },
      { op: 'delete', text: 'meets' },
      { op: 'insert', text: 'met' },
      { op: 'equal', text: ' Xi in Samarkand.' },
    ]);
  });

  it('folds a shared space between two changes into one replacement', () => {
    expect(diffWords('the Russian president said', 'Putin has said')).toEqual([
      { op: 'delete', text: 'the Russian president' },
      { op: 'insert', text: 'Putin has' },
      { op: 'equal', text: ' said' },
    ]);
  });

  it('splits punctuation from words so a comma change does not swallow the neighbouring words', () => {
    expect(tokenizeWords("China's stance, then")).toEqual([
      "China's",
      ' ',
      'stance',
      ',',
      ' ',
      'then',
    ]);
    expect(diffWords('Kina, Ryssland', 'Kina och Ryssland')).toEqual([
      { op: 'equal', text: 'Kina' },
      { op: 'delete', text: ', ' },
      { op: 'insert', text: ' och ' },
      { op: 'equal', text: 'Ryssland' },
    ]);
  });

  it('handles added and removed translations', () => {
    expect(diffWords('', 'new text')).toEqual([{ op: 'insert', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ op: 'delete', text: 'old text' }]);
    expect(diffWords('same', 'same')).toEqual([{ op: 'equal', text: 'same' }]);
  });

  it('always rebuilds both texts and never emits empty or repeated parts', () => {
    const words = fc.array(
      fc.constantFrom('Xi', 'Putin', 'möter', 'meets', ',', ' ', '  ', 'å', '"'),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(words, words, (a, b) => {
        const before = a.join('');
        const after = b.join('');
        const parts = diffWords(before, after);
        expect(side(parts, 'insert')).toBe(before);
        expect(side(parts, 'delete')).toBe(after);
        parts.forEach((part, i) => {
          expect(part.text).not.toBe('');
          expect(parts[i + 1]?.op === 'equal' && part.op === 'equal').toBe(false);
        });
      }),
    );
  });
});
