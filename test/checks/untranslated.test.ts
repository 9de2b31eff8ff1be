import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../src/checks/untranslated.js';
import { entry, glossary, term } from './helpers.js';

const names = glossary(
  term('Xi Jinping', { en: 'Xi Jinping', de: 'Xi Jinping' }),
  term('SCO', {}, { keep: true }),
  term('Kreml', { en: 'Kremlin', de: 'Kreml' }),
);
const check = (text: string, lang = 'en-GB') =>
  checkUntranslated(entry(text, text, { lang, glossary: names }));

describe('untranslated', () => {
  it('finds a translation that is still the Swedish text', () => {
    expect(check('Xi och Putin stärker banden i Uzbekistan')).toHaveLength(1);
    expect(check('Relaterade artiklar', 'de')).toHaveLength(1);
    expect(check('Avbryt')).toHaveLength(1);
    expect(check('Sök', 'de')).toHaveLength(1);
    expect(check('Tack! Vi har skickat ett mejl till {{email}}.')).toHaveLength(1);
    expect(check('Logga ut', 'nb')).toHaveLength(1);
  });

  it('accepts names, kept terms, numbers, codes and words the target shares', () => {
    for (const text of [
      'OK',
      'SCO',
      'Xi Jinping',
      '2022-09-15 13:23',
      '{{value}} °C',
      'AP/TT',
      'SCO 2022',
      'Beta',
      'Live',
      'Video',
    ]) {
      expect(check(text), text).toEqual([]);
    }
    expect(check('Foto: Alexandr Demyanchuk, Kreml via AP/TT', 'de')).toEqual([]);
    expect(check('Foto: TT', 'nb')).toEqual([]);
    expect(check('Kultur', 'de')).toEqual([]);
    expect(check('Ja', 'de')).toEqual([]);
    expect(check('Konto', 'nb')).toEqual([]);
  });

  it('reads capitalised words inside a line, and the parts of hyphenated names, as names', () => {
    expect(check('Foto: Ahn Young-joon/AP/TT', 'de')).toEqual([]);
    expect(check('Foto: Ng Han Guan/AP/TT', 'de')).toEqual([]);
    expect(check('Foto: Lee Jin-man/AP/TT', 'de')).toEqual([]);
    // The same words in Swedish sentences are still Swedish.
    expect(check('Han reste till Samarkand', 'de')).toHaveLength(1);
    expect(check('Nato-länderna protesterar', 'de')).toHaveLength(1);
    expect(check('Foto: Han Kang/TT – hon skriver', 'de')).toHaveLength(1);
  });

  it('finds "Foto" left in English, which English spells Photo', () => {
    expect(check('Foto: TT')).toHaveLength(1);
  });

  it('only compares different languages', () => {
    expect(checkUntranslated(entry('Hej', 'Hej', { lang: 'sv-FI' }))).toEqual([]);
    expect(checkUntranslated(entry('Hej', 'Hello'))).toEqual([]);
  });
});
