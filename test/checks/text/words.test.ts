import { describe, expect, it } from 'vitest';
import { forEachWordShape, splitWords } from '../../../src/checks/text/words.js';

const shapes = (text: string) => {
  const found: object[] = [];
  const lined = forEachWordShape(text, text.toLowerCase(), (shape) => {
    found.push({ ...shape });
  });
  return lined ? found : undefined;
};
const shapesOfSplit = (text: string) =>
  splitWords(text).map(({ start, end, capital, code, initial }) => ({
    start,
    end,
    capital,
    code,
    initial,
  }));

describe('forEachWordShape', () => {
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
