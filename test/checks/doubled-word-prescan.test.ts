// The pre-scan of doubled-word must never hide a doubling the full scan finds: the check on
// random text equals a plain version (lower-case, split into words, compare neighbours).
import { describe, expect, it } from 'vitest';
import { checkDoubledWord } from '../../src/checks/doubled-word.js';
import { entry } from './helpers.js';

const WORD = /[\p{L}\p{M}]+/gu;

function plainFirstDoubling(text: string): string | undefined {
  const lower = text.toLowerCase();
  let previous = '';
  let previousEnd = -1;
  for (const m of lower.matchAll(WORD)) {
    if (m[0] === previous && /^\s+$/.test(lower.slice(previousEnd, m.index))) return m[0];
    previous = m[0];
    previousEnd = m.index + m[0].length;
  }
  return undefined;
}

// Words that collide in lower case, letters that do not lower to one unit, marks, spaces of
// several kinds, and a surrogate pair.
const PIECES = [
  'a',
  'A',
  'ab',
  'AB',
  'Ab',
  'σ',
  'Σ',
  'ς',
  'İ',
  'i',
  'é',
  'e\u0301',
  'ß',
  'ẞ',
  'K',
  '\u212a',
  'k',
  '𝐀',
  '1',
  '-',
  '.',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  'the',
  'The',
];

function randomText(random: () => number): string {
  let text = '';
  const n = Math.floor(random() * 12);
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('doubled-word pre-scan', () => {
  it('finds what the plain scan finds, on random text', () => {
    const random = seeded(42);
    for (let n = 0; n < 20000; n++) {
      const target = randomText(random);
      const found = plainFirstDoubling(target);
      const messages = checkDoubledWord(entry('x', target, { lang: 'fi' }));
      expect(messages, JSON.stringify(target)).toEqual(
        found === undefined ? [] : [`"${found} ${found}": a word is doubled.`],
      );
    }
  });
});
