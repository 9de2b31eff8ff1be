import { describe, expect, it } from 'vitest';
import { touchesAfter, touchesBefore } from '../../src/glossary/edge-touch.js';

/** The lookarounds the guards stand for, run as sticky patterns at one position. */
const LOOKAROUNDS = {
  before: { letter: /(?<=\p{L}|\p{M})/uy, digit: /(?<=\p{N})/uy },
  after: { letter: /(?=\p{L}|\p{M})/uy, digit: /(?=\p{N})/uy },
};

function lookaround(test: RegExp, text: string, index: number): boolean {
  test.lastIndex = index;
  return test.test(text);
}

// Letters, marks and digits in and out of the BMP, surrogate halves alone and in pairs, others.
const UNITS = [
  'a',
  'Ж',
  '\u0301',
  '5',
  '٣',
  '½',
  ' ',
  "'",
  '-',
  '\ud835',
  '\udc00',
  '\ud83d',
  '\ude00',
  '\ud835\udc00',
  '\ud835\udfce',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
  'ß',
  '\u200d',
];

/** A deterministic pseudo-random text of `length` pieces from UNITS. */
function textOf(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += UNITS[state % UNITS.length];
  }
  return text;
}

function insidePair(text: string, i: number): boolean {
  return /[\ud800-\udbff]/.test(text[i - 1] ?? '') && /[\udc00-\udfff]/.test(text[i] ?? '');
}

describe('touchesBefore / touchesAfter', () => {
  it('agree with the lookarounds between code points, surrogates alone or paired included', () => {
    const differences: string[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const text = textOf(seed, 12);
      for (let i = 0; i <= text.length; i++) {
        // A finder asks only where a `u` match starts or ends: never inside a surrogate pair.
        if (insidePair(text, i)) continue;
        for (const guard of ['letter', 'digit'] as const) {
          if (touchesBefore(guard, text, i) !== lookaround(LOOKAROUNDS.before[guard], text, i)) {
            differences.push(`before ${guard} ${JSON.stringify(text)} @${i}`);
          }
          if (touchesAfter(guard, text, i) !== lookaround(LOOKAROUNDS.after[guard], text, i)) {
            differences.push(`after ${guard} ${JSON.stringify(text)} @${i}`);
          }
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('never touches for a guard of none', () => {
    expect(touchesBefore('none', 'ab', 1)).toBe(false);
    expect(touchesAfter('none', 'ab', 1)).toBe(false);
  });
});
