// Finds words of another language inside a translation: Swedish left behind, a sentence in the
// wrong language, or Latin script where the target writes Cyrillic. Names are left alone: capitalised
// words inside a sentence, name particles (`von der Leyen`), codes and glossary terms never count.

import { splitWords, type Word } from '../text/words.js';
import { FUNCTION_WORDS, NATIVE_SWEDISH_LETTERS, primaryLanguage, SCRIPTS } from './profiles.js';
import {
  ALSO_IN,
  STRONG_SWEDISH_WORDS,
  SWEDISH_NOT_SCANDINAVIAN,
  SWEDISH_WORDS,
} from './swedish-words.js';

export interface ForeignWords {
  /** `Swedish`, `English`, `Latin script` … */
  language: string;
  words: string[];
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  de: 'German',
  nb: 'Norwegian',
  da: 'Danish',
  sv: 'Swedish',
  nl: 'Dutch',
  fr: 'French',
  es: 'Spanish',
};
const SCANDINAVIAN = new Set(['nb', 'nn', 'no', 'da']);
const NAME_PARTICLES = new Set(
  'von van der den de du da di del della des la le al el bin ibn af zu ter ten dos das do y'.split(
    ' ',
  ),
);
const LATIN = /\p{Script=Latin}/u;
const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Thai}]/u;

const distinctCache = new Map<string, ReadonlySet<string>>();

/** Swedish words that are not also words of the target language. */
function distinctSwedish(target: string): ReadonlySet<string> {
  let set = distinctCache.get(target);
  if (set) return set;
  if (SCANDINAVIAN.has(target)) set = SWEDISH_NOT_SCANDINAVIAN;
  else {
    const exclude = new Set<string>();
    const add = (words: ReadonlySet<string> | undefined) => {
      for (const w of words ?? []) exclude.add(w);
    };
    if (ALSO_IN[target] || FUNCTION_WORDS[target]) {
      add(ALSO_IN[target]);
      add(FUNCTION_WORDS[target]);
    } else {
      // An unprofiled language: keep only what no profiled language shares.
      for (const words of Object.values(ALSO_IN)) add(words);
      for (const [lang, words] of Object.entries(FUNCTION_WORDS)) if (lang !== 'sv') add(words);
    }
    set = new Set([...SWEDISH_WORDS].filter((w) => !exclude.has(w)));
  }
  distinctCache.set(target, set);
  return set;
}

/** Words that may belong to a language at all: lower-case ones and sentence starts; not names or codes. */
function languageWords(words: Word[]): Word[] {
  return words.filter((word, i) => {
    if (word.code || (word.text.length < 2 && word.lower !== 'i')) return false;
    if (word.capital && !word.initial) return false;
    const next = words[i + 1];
    if (!word.capital && NAME_PARTICLES.has(word.lower) && next?.capital && !next.initial)
      return false;
    return true;
  });
}

/**
 * The foreign words in `text` (already stripped of code and glossary terms), or undefined.
 * `source` is the text it translates, so Swedish remnants copied from it weigh more.
 */
export function findForeignWords(
  text: string,
  lang: string,
  sourceLang: string,
  source: string,
): ForeignWords | undefined {
  const target = primaryLanguage(lang);
  const words = splitWords(text);
  if (words.length === 0) return undefined;

  const script = SCRIPTS[target];
  if (script) {
    const latin = languageWords(words).filter((w) => !w.capital && LATIN.test(w.text));
    const native = words.some((w) => script.test(w.text));
    if (latin.length >= 2 || (!native && latin.length >= 1)) {
      return { language: 'Latin script', words: latin.map((w) => w.text) };
    }
    return undefined;
  }
  const alien = words.filter((w) => w.text.length >= 2 && OTHER_SCRIPT.test(w.text));
  if (alien.length > 0) return { language: 'another script', words: alien.map((w) => w.text) };

  const candidates = languageWords(words);
  if (target !== 'sv' && primaryLanguage(sourceLang) === 'sv') {
    const swedish = findSwedish(candidates, target, source);
    if (swedish) return swedish;
  }
  return findProfiledLanguage(candidates, target);
}

function findSwedish(words: Word[], target: string, source: string): ForeignWords | undefined {
  const distinct = distinctSwedish(target);
  const native = NATIVE_SWEDISH_LETTERS[target] ?? '';
  const foreignLetters = new RegExp(
    `[${[...'åäö'].filter((c) => !native.includes(c)).join('')}]`,
    'u',
  );
  const hasForeignLetters = native.length < 3;
  const sourceLower = source.toLowerCase();
  const hits: string[] = [];
  let strong = false;
  for (const word of words) {
    if (distinct.has(word.lower)) {
      hits.push(word.text);
      if (STRONG_SWEDISH_WORDS.has(word.lower)) strong = true;
    } else if (!word.capital && hasForeignLetters && foreignLetters.test(word.lower)) {
      hits.push(word.text);
      if (sourceLower.includes(word.lower)) strong = true;
    }
  }
  if (hits.length >= 2 || strong) return { language: 'Swedish', words: hits };
  return undefined;
}

function findProfiledLanguage(words: Word[], target: string): ForeignWords | undefined {
  const own = FUNCTION_WORDS[target];
  if (!own) return undefined;
  const lower = words.map((w) => w.lower);
  const ownHits = lower.filter((w) => own.has(w)).length;
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    if (lang === target || lang === 'sv') continue;
    const hits = words.filter((w) => list.has(w.lower) && !own.has(w.lower));
    if (hits.length >= 3 || (hits.length >= 2 && hits.length > ownHits)) {
      return { language: LANGUAGE_NAMES[lang] ?? lang, words: hits.map((w) => w.text) };
    }
  }
  return undefined;
}
