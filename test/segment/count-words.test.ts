// countWords decides headings, places and boilerplate: a word is a run of non-space characters
// holding a letter or a number, read by code point.

import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/segment/read-shape.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t', 0],
    ['Xi och Putin', 3],
    ['– Vi uppskattar', 2],
    ['Foto: TT', 2],
    ['13.23 – ”Ja”', 2],
    ['... – ” ”', 0],
    ['a\u00a0b\u2028c\u3000d', 4],
    ['(TT)-', 1],
    ['²', 1],
    ['\ud835\udc00\ud835\udc01 x', 2],
    ['\ud83d\ude00 \ud835 \udc00', 0],
    ['e\u0301', 1],
  ])('%j has %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('starts afresh on every call', () => {
    expect(countWords('ett två tre')).toBe(3);
    expect(countWords('ett två tre')).toBe(3);
  });
});
