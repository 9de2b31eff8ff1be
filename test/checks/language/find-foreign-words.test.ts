import { describe, expect, it } from 'vitest';
import {
  type ForeignWords,
  findForeignWords,
  LANGUAGE_NAMES,
  LOANWORDS,
  NAME_PARTICLES,
  OTHER_SCRIPT,
} from '../../../src/checks/language/find-foreign-words.js';
import {
  FUNCTION_WORDS,
  NATIVE_SWEDISH_LETTERS,
  primaryLanguage,
} from '../../../src/checks/language/profiles.js';
import {
  ALSO_IN,
  STRONG_SWEDISH_WORDS,
  SWEDISH_NOT_SCANDINAVIAN,
  SWEDISH_WORDS,
} from '../../../src/checks/language/swedish-words.js';
import { splitWords, type Word } from '../../../src/checks/text/words.js';

// findForeignWords reads most words by offset, off a lower-cased copy of the text, and builds a
// Word only for those a lexicon lists or a foreign letter marks. The plain reading below splits
// every word and looks each up by its string: both must find the same.

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SWEDISH = 1;
const STRONG = 2;
const OWN = 4;

function plainLexicon(target: string, swedishSource: boolean) {
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  if (swedishSource && target !== 'sv') {
    let swedish: ReadonlySet<string>;
    if (['nb', 'nn', 'no', 'da'].includes(target)) swedish = SWEDISH_NOT_SCANDINAVIAN;
    else {
      const shared =
        ALSO_IN[target] || FUNCTION_WORDS[target]
          ? [ALSO_IN[target], FUNCTION_WORDS[target]]
          : [
              ...Object.values(ALSO_IN),
              ...Object.entries(FUNCTION_WORDS)
                .filter(([lang]) => lang !== 'sv')
                .map(([, words]) => words),
            ];
      swedish = new Set([...SWEDISH_WORDS].filter((w) => !shared.some((set) => set?.has(w))));
    }
    for (const word of swedish) add(word, SWEDISH | (STRONG_SWEDISH_WORDS.has(word) ? STRONG : 0));
  }
  const own = FUNCTION_WORDS[target];
  const languages: string[] = [];
  if (own) {
    for (const word of own) add(word, OWN);
    for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
      if (lang === target || lang === 'sv') continue;
      const bit = 8 << languages.length;
      languages.push(lang);
      for (const word of list) if (!own.has(word)) add(word, bit);
    }
  }
  return { bits, languages };
}

function languageWords(words: Word[]): Word[] {
  return words.filter((word, i) => {
    if (word.code || (word.capital && !word.initial)) return false;
    if (word.text.length < 2 && word.lower !== 'i') return false;
    const next = words[i + 1];
    const particle =
      !word.capital && NAME_PARTICLES.has(word.lower) && next?.capital === true && !next.initial;
    return !particle;
  });
}

/** findForeignWords for a target written in Latin script, read plainly. */
function findPlainly(
  text: string,
  lang: string,
  sourceLang: string,
  source: string,
): ForeignWords | undefined {
  const target = primaryLanguage(lang);
  if (OTHER_SCRIPT.test(text)) {
    const alien = splitWords(text).filter((w) => w.text.length >= 2 && OTHER_SCRIPT.test(w.text));
    if (alien.length > 0) return { language: 'another script', words: alien.map((w) => w.text) };
  }
  const swedishSource = primaryLanguage(sourceLang) === 'sv' && target !== 'sv';
  const { bits, languages } = plainLexicon(target, swedishSource);
  const native = NATIVE_SWEDISH_LETTERS[target] ?? '';
  const foreign = [...'åäö'].filter((c) => !native.includes(c));
  const lettersToo = swedishSource && foreign.some((c) => text.includes(c));
  const lowerWords = text.toLowerCase().match(WORD) ?? [];
  if (!lettersToo && !lowerWords.some((w) => ((bits.get(w) ?? 0) & ~OWN) !== 0)) return undefined;
  const foreignLetters = lettersToo ? foreign : [];
  const words = languageWords(splitWords(text));
  if (swedishSource) {
    const hits: string[] = [];
    let strong = false;
    for (const word of words) {
      const mask = bits.get(word.lower) ?? 0;
      if (mask & SWEDISH) {
        hits.push(word.text);
        if (mask & STRONG) strong = true;
      } else if (
        !word.capital &&
        !LOANWORDS.has(word.lower) &&
        foreignLetters.some((c) => word.lower.includes(c))
      ) {
        hits.push(word.text);
        if (source.toLowerCase().includes(word.lower)) strong = true;
      }
    }
    if (hits.length >= 2 || strong) return { language: 'Swedish', words: hits };
  }
  const own = words.filter((word) => (bits.get(word.lower) ?? 0) & OWN).length;
  for (const [i, lang] of languages.entries()) {
    const found = words.filter((word) => (bits.get(word.lower) ?? 0) & (8 << i)).map((w) => w.text);
    if (found.length >= 3 || (found.length >= 2 && found.length > own)) {
      return { language: LANGUAGE_NAMES[lang] ?? lang, words: found };
    }
  }
  return undefined;
}

describe('findForeignWords', () => {
  it('reads no unit below U+0370 as of another script, so need not walk a text without one', () => {
    for (let code = 0; code < 0x370; code++) {
      expect(OTHER_SCRIPT.test(String.fromCharCode(code))).toBe(false);
    }
  });

  it('finds what a plain reading of every word finds, on random text', () => {
    // Few pieces, most of them listed words, particles and capitals, so texts often hold findings.
    const pieces = [
      ...'och att är på för den der die und the and of von van de la zu i I y über inte'.split(' '),
      ...'Och Den Der Von VON Över ÖVER Är DEN De La Die The'.split(' '),
      ...'smörgåsbord glögg väntas sökord gåva mörk året ærø Gåva Mörk Putin iPhone SCO Ångström'.split(
        ' ',
      ),
      ...'İstanbul ΟΔΟΣ Σ Москва 中 𝒜 😀 ä\u0301 a\u030a ß'.split(' '),
      ...[
        "'",
        '’',
        "l'",
        '-',
        '–',
        '.',
        '. ',
        '? ',
        ': ',
        ' – ',
        '“',
        '„',
        '(',
        ' ',
        ' ',
        '\n',
        '1',
      ],
    ];
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = () => pieces[Math.floor(random() * pieces.length)]!;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pick() + (random() < 0.7 ? ' ' : '');
      let source = '';
      for (let i = 0; i < 6; i++) source += `${pick()} `;
      for (const lang of ['en-GB', 'de', 'nb', 'fr', 'fi', 'pt']) {
        for (const sourceLang of ['sv', 'en']) {
          expect(findForeignWords(text, lang, sourceLang, source), `${lang} ${text}`).toEqual(
            findPlainly(text, lang, sourceLang, source),
          );
        }
      }
    }
  });
});
