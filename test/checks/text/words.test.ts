import { describe, expect, it } from 'vitest';
import { splitWords, WordCursor, WordShapes } from '../../../src/checks/text/words.js';

const shapes = (text: string) => {
  const shapes = WordShapes.of(text, text.toLowerCase());
  if (!shapes) return undefined;
  const found: object[] = [];
  while (shapes.next()) {
    const { start, end, capital, code, initial } = shapes;
    found.push({ start, end, capital, code, initial });
  }
  return found;
};
const shapesOfSplit = (text: string) =>
  splitWords(text).map(({ start, end, capital, code, initial }) => ({
    start,
    end,
    capital,
    code,
    initial,
  }));

describe('WordShapes', () => {
  it('tells of each word what splitWords tells', () => {
    for (const text of [
      'Ursula von der Leyen i Bryssel. – Vi håller fast, sa hon.',
      '„SCO“ och iPhone: McKinsey’s rapport (2023)!',
      '12 Putin’s men; Ångström Å',
      'Фото: Mikhail Metzel/TT',
      '',
    ]) {
      expect(shapes(text)).toEqual(shapesOfSplit(text));
    }
  });

  it('leaves a text whose lower case does not line up with it to splitWords', () => {
    expect(shapes('İstanbul')).toBeUndefined();
    expect(shapes('ΟΔΟΣ.Α')).toBeUndefined();
  });
});

describe('WordCursor', () => {
  const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
  const viaCursor = (text: string) => {
    const words = new WordCursor(text);
    const found: [number, number][] = [];
    while (words.next()) found.push([words.start, words.end]);
    return found;
  };
  const viaPattern = (text: string) =>
    [...text.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);

  it('finds the words the word pattern finds, with and without astral characters', () => {
    const alphabet = [
      'a',
      'Å',
      'ö',
      "'",
      '’',
      ' ',
      '.',
      '-',
      '1',
      '\u0301',
      'я',
      '中',
      '𝒜',
      '😀',
      '\ud800',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(viaCursor(text)).toEqual(viaPattern(text));
    }
  });
});
