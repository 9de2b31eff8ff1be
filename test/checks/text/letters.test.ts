import { describe, expect, it } from 'vitest';
import { charTest, unitTest } from '../../../src/checks/text/letters.js';

describe('charTest', () => {
  const latin = /\p{Script=Latin}/u;
  const hasLatin = charTest(latin);

  it('tells what the pattern tells of the whole text', () => {
    for (const text of ['', 'Путін', 'Фото: Mikhail Metzel/TT', '12 – 3', 'ﬁ', 'Ｂ', 'Ω']) {
      expect(hasLatin(text)).toBe(latin.test(text));
    }
  });

  it('reads a character outside the Basic Multilingual Plane as one', () => {
    // U+1DF00, a Latin letter written as a surrogate pair; U+1D400 (𝐀) is of the Common script.
    expect(hasLatin('Путін \u{1df00}')).toBe(true);
    expect(hasLatin('Путін 𝐀 😀')).toBe(false);
  });
});

describe('unitTest', () => {
  it('tests one code unit; a surrogate half matches no property', () => {
    const isLetter = unitTest(/\p{L}/u);
    expect(isLetter('å'.charCodeAt(0))).toBe(true);
    expect(isLetter('-'.charCodeAt(0))).toBe(false);
    expect(isLetter('𝐀'.charCodeAt(0))).toBe(false);
  });
});
