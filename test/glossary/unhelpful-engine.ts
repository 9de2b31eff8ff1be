// A deliberately unhelpful translation engine for glossary tests: it translates a few common
// words, and mangles every capitalised word it does not know — reversed, genitive -s dropped,
// transliterated to Cyrillic for uk — as a weak engine does to names it has never seen. It
// also pads the brackets of every other mask token with spaces.

import { transliterateCyrillic } from '../../src/testing/fake-words.js';

const DICTIONARY: Record<string, Record<string, string>> = {
  en: {
    och: 'and',
    i: 'in',
    är: 'is',
    med: 'with',
    till: 'to',
    från: 'from',
    av: 'by',
    president: 'president',
    foto: 'photo',
    mötet: 'the meeting',
    enligt: 'according to',
  },
  de: {
    och: 'und',
    i: 'in',
    är: 'ist',
    med: 'mit',
    till: 'nach',
    från: 'aus',
    av: 'von',
    president: 'Präsident',
    foto: 'Foto',
    mötet: 'das Treffen',
    enligt: 'laut',
  },
  uk: {
    och: 'і',
    i: 'в',
    är: 'є',
    med: 'з',
    till: 'до',
    från: 'з',
    av: 'від',
    president: 'президент',
    foto: 'фото',
    mötet: 'зустріч',
    enligt: 'за словами',
  },
  nb: {
    och: 'og',
    i: 'i',
    är: 'er',
    med: 'med',
    till: 'til',
    från: 'fra',
    av: 'av',
    president: 'president',
    foto: 'foto',
    mötet: 'møtet',
    enligt: 'ifølge',
  },
};

function mangleName(word: string, lang: string): string {
  const stem = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
  const reversed = [...stem.toLowerCase()].reverse().join('');
  const spelled = lang === 'uk' ? transliterateCyrillic(reversed) : reversed;
  return spelled.charAt(0).toUpperCase() + spelled.slice(1);
}

export function unhelpfulEngine(text: string, lang: string): string {
  const dictionary = DICTIONARY[lang.split('-')[0]!] ?? {};
  let tokenCount = 0;
  return text
    .replace(/⟦(\d+)⟧/g, (token, index: string) =>
      tokenCount++ % 2 === 1 ? `⟦ ${index} ⟧` : token,
    )
    .replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
      const known = dictionary[word.toLowerCase()];
      if (known !== undefined)
        return word[0] === word[0]!.toUpperCase()
          ? known.charAt(0).toUpperCase() + known.slice(1)
          : known;
      return /^\p{Lu}/u.test(word) ? mangleName(word, lang) : word;
    });
}
