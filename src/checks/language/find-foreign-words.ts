// Finds words of another language inside a translation: Swedish left behind, a sentence in the
// wrong language, or Latin script where the target writes Cyrillic. Names are left alone: capitalised
// words inside a sentence, name particles (`von der Leyen`), codes and glossary terms never count.

import { charTest } from '../text/letters.js';
import { WordTable } from '../text/word-table.js';
import { splitWords, type Word, WordCursor, type WordShape, WordShapes } from '../text/words.js';
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

export const LANGUAGE_NAMES: Record<string, string> = {
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
export const NAME_PARTICLES = new Set(
  'von van der den de du da di del della des la le al el bin ibn af zu ter ten dos das do y'.split(
    ' ',
  ),
);
const hasLatin = charTest(/\p{Script=Latin}/u);
/** Swedish words other languages have borrowed, in their Swedish spelling. */
export const LOANWORDS = new Set([
  'smörgåsbord',
  'smörgåsbords',
  'glögg',
  'surströmming',
  'knäckebröd',
  'köttbullar',
  'allemansrätt',
  'allemansrätten',
  'lördagsgodis',
]);
export const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Devanagari}\p{Script=Thai}]/u;
/**
 * OTHER_SCRIPT.test, told by code unit: the pattern runs on every translation, and on a two-byte
 * string (a locale file with one `–` is read as one) V8 checks every character against the
 * scripts' range tables, several times slower than a table read per unit.
 */
const hasOtherScriptByUnit = charTest(OTHER_SCRIPT);
/**
 * A unit from U+0370 (Greek) up: none below is of a script OTHER_SCRIPT lists. Most translations
 * into a Latin-script language are one-byte strings, which V8 tells hold none without a scan;
 * in the others the pattern finds the first such unit faster than the walk by unit reads up to it.
 */
const FROM_GREEK = /[\u0370-\uffff]/;

function hasOtherScript(text: string): boolean {
  return FROM_GREEK.test(text) && hasOtherScriptByUnit(text);
}

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
    if (!isLanguageShape(word) || (word.text.length < 2 && word.lower !== 'i')) return false;
    return !isNameParticle(word, words[i + 1]);
  });
}

/** Not a code, nor a capitalised word inside a sentence: a name. */
function isLanguageShape(shape: Readonly<WordShape>): boolean {
  return !shape.code && !(shape.capital && !shape.initial);
}

/** `von` in `von der Leyen`: a lower-case particle before a name. */
function isNameParticle(word: Word, next: Readonly<WordShape> | undefined): boolean {
  return !word.capital && NAME_PARTICLES.has(word.lower) && next?.capital === true && !next.initial;
}

/**
 * The language words findSwedish and findProfiledLanguage read: those the lexicon lists or that
 * hold a foreign letter, with the lexicon's bits of each. A word listed as the target's own
 * function word and nothing else only adds to the count of own words (most marked words are such:
 * `der`, `und`, `the`), so it is counted in `ownOnly`, not kept.
 */
interface Candidates {
  words: Candidate[];
  /** The lexicon's bits of each word, by position, and FOREIGN_LETTER. */
  masks: number[];
  ownOnly: number;
}

/**
 * The candidates of `text`. A Candidate is built for those alone; the other words are only read,
 * off `lowerText` (`text.toLowerCase()`). Undefined when the two do not line up: languageWords
 * (splitWords(text)) must then be used.
 */
function markedLanguageWords(
  text: string,
  lowerText: string,
  lexicon: Lexicon,
  foreignLetters: readonly string[],
): Candidates | undefined {
  const shapes = WordShapes.of(text, lowerText);
  if (!shapes) return undefined;
  const candidates: Candidates = { words: [], masks: [], ownOnly: 0 };
  const foreign = foreignLetters.length > 0 ? lexicon.foreignUnits : undefined;
  /**
   * A particle is kept or dropped by the word after it; one that is only an own function word
   * (`der`) is then counted, so it is only built as a Candidate when it is more.
   */
  let particle: Candidate | undefined;
  let particleMask = 0;
  let ownOnlyParticle = false;
  while (shapes.next()) {
    if ((particle || ownOnlyParticle) && !(shapes.capital && !shapes.initial)) {
      if (particle) {
        candidates.words.push(particle);
        candidates.masks.push(particleMask);
      } else candidates.ownOnly++;
    }
    particle = undefined;
    ownOnlyParticle = false;
    const { start, end } = shapes;
    if (end - start < 2 && lowerText.charCodeAt(start) !== 0x69 /* i */) continue;
    const listed = lexicon.table.get(lowerText, start, end);
    const mask = listed & LEXICON_BITS;
    const marked = foreign !== undefined && holdsUnitIn(lowerText, start, end, foreign);
    if (mask === 0 && !marked) continue;
    // Tested after the letters, which reject most words: the shape is read only when asked.
    if (!isLanguageShape(shapes)) continue;
    const ownOnly = mask === OWN && !marked;
    if (!shapes.capital && (listed & NAME_PARTICLE) !== 0) {
      if (ownOnly) ownOnlyParticle = true;
      else {
        particle = wordAt(text, lowerText, shapes);
        particleMask = mask | (marked ? FOREIGN_LETTER : 0);
      }
    } else if (ownOnly) {
      // Counted at once, without a Candidate: that is all it does.
      candidates.ownOnly++;
    } else {
      candidates.words.push(wordAt(text, lowerText, shapes));
      candidates.masks.push(mask | (marked ? FOREIGN_LETTER : 0));
    }
  }
  if (particle) {
    candidates.words.push(particle);
    candidates.masks.push(particleMask);
  } else if (ownOnlyParticle) candidates.ownOnly++;
  return candidates;
}

/** What findSwedish and findProfiledLanguage read of a word. */
type Candidate = Pick<Word, 'text' | 'lower' | 'capital'>;

function wordAt(text: string, lowerText: string, shape: Readonly<WordShape>): Candidate {
  const { start, end, capital } = shape;
  return { text: text.slice(start, end), lower: lowerText.slice(start, end), capital };
}

/** Whether `text` holds a unit `units` marks between `start` and `end`. */
function holdsUnitIn(text: string, start: number, end: number, units: Uint8Array): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < units.length && units[code] === 1) return true;
  }
  return false;
}

function holdsAny(word: string, letters: readonly string[]): boolean {
  for (const letter of letters) if (word.includes(letter)) return true;
  return false;
}

const SWEDISH = 1;
const STRONG = 2;
const OWN = 4;
// Then a bit for each profiled language other than the target, from 8 up.
/** Not a lexicon bit: the name particles are listed too, so that a scan tells one without a string. */
const NAME_PARTICLE = 1 << 30;
/** Not a lexicon bit: set on a candidate that holds a foreign letter, found as it was scanned. */
const FOREIGN_LETTER = 1 << 29;
const LEXICON_BITS = FOREIGN_LETTER - 1;

interface Lexicon {
  /** The lexicon's bits of each word it lists, with NAME_PARTICLE for the particles. */
  table: WordTable;
  languages: string[];
  /** The Swedish letters (å, ä, ö) the target does not write. */
  foreignLetters: string[];
  /** The same by Latin-1 code unit: 1 for a foreign letter. */
  foreignUnits: Uint8Array;
}

/** Lexicons by target, for a Swedish source and for any other. */
const lexiconCache = { swedish: new Map<string, Lexicon>(), other: new Map<string, Lexicon>() };

/** Whether a word of the lower-cased text betrays a language other than the target. */
function hasLexiconWord(lowerText: string, lexicon: Lexicon): boolean {
  const words = new WordCursor(lowerText);
  while (words.next()) {
    if ((lexicon.table.get(lowerText, words.start, words.end) & LEXICON_BITS & ~OWN) !== 0) {
      return true;
    }
  }
  return false;
}

/** The bits markedLanguageWords gives its candidates, for words it did not find. */
function masksOf(
  words: readonly Candidate[],
  lexicon: Lexicon,
  foreignLetters: readonly string[],
): number[] {
  return words.map(
    (word) =>
      (lexicon.table.get(word.lower, 0, word.lower.length) & LEXICON_BITS) |
      (holdsAny(word.lower, foreignLetters) ? FOREIGN_LETTER : 0),
  );
}

/**
 * One lookup per word: which languages it betrays. Swedish bits only when the source is Swedish;
 * other languages' bits only for words that are not also the target's.
 */
function lexiconFor(target: string, swedishSource: boolean): Lexicon {
  const cache = swedishSource ? lexiconCache.swedish : lexiconCache.other;
  let lexicon = cache.get(target);
  if (lexicon) return lexicon;
  const masks = new Map<string, number>();
  const add = (word: string, bit: number) => masks.set(word, (masks.get(word) ?? 0) | bit);
  if (swedishSource && target !== 'sv') {
    for (const word of distinctSwedish(target)) {
      add(word, SWEDISH | (STRONG_SWEDISH_WORDS.has(word) ? STRONG : 0));
    }
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
  for (const word of NAME_PARTICLES) add(word, NAME_PARTICLE);
  const native = NATIVE_SWEDISH_LETTERS[target] ?? '';
  const foreignLetters = [...'åäö'].filter((c) => !native.includes(c));
  const foreignUnits = new Uint8Array(0x100);
  for (const letter of foreignLetters) foreignUnits[letter.charCodeAt(0)] = 1;
  lexicon = { table: new WordTable(masks), languages, foreignLetters, foreignUnits };
  cache.set(target, lexicon);
  return lexicon;
}

/**
 * Whether `text`, or the text left once parts of it are blanked, can hold foreign words. Only
 * Latin script betrays a language written in another script, and blanking adds no letter.
 */
export function mayHoldForeignWords(text: string, lang: string): boolean {
  const script = SCRIPTS[primaryLanguage(lang)];
  return script === undefined || hasLatin(text);
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
  const script = SCRIPTS[target];
  if (script) return findLatinInScript(text, script);
  if (hasOtherScript(text)) {
    const alien = splitWords(text).filter((w) => w.text.length >= 2 && OTHER_SCRIPT.test(w.text));
    if (alien.length > 0) return { language: 'another script', words: alien.map((w) => w.text) };
  }
  const swedishSource = primaryLanguage(sourceLang) === 'sv' && target !== 'sv';
  const lexicon = lexiconFor(target, swedishSource);
  const foreign = lexicon.foreignLetters;
  const lettersToo = swedishSource && holdsAny(text, foreign);
  // Most translations have no word of interest: look words up first, read context only for hits.
  // A foreign letter is itself of interest: it is a letter, so some word holds it.
  const lowerText = text.toLowerCase();
  if (!lettersToo && !hasLexiconWord(lowerText, lexicon)) return undefined;
  const foreignLetters = lettersToo ? foreign : [];
  const candidates = markedLanguageWords(text, lowerText, lexicon, foreignLetters);
  const words: Candidate[] = candidates?.words ?? languageWords(splitWords(text));
  const masks = candidates?.masks ?? masksOf(words, lexicon, foreignLetters);
  if (swedishSource) {
    const swedish = findSwedish(words, masks, source);
    if (swedish) return swedish;
  }
  return findProfiledLanguage(words, masks, candidates?.ownOnly ?? 0, lexicon);
}

function findLatinInScript(text: string, script: RegExp): ForeignWords | undefined {
  if (!hasLatin(text)) return undefined;
  const words = splitWords(text);
  const latin = languageWords(words).filter((w) => !w.capital && hasLatin(w.text));
  const native = script.test(text);
  if (latin.length >= 2 || (!native && latin.length >= 1)) {
    return { language: 'Latin script', words: latin.map((w) => w.text) };
  }
  return undefined;
}

/**
 * Two hits or more are Swedish; one is when it is strong: a strong Swedish word, or a word with a
 * foreign letter that the source holds too. `masks`: the bits of each word, FOREIGN_LETTER among
 * them.
 */
function findSwedish(
  words: Candidate[],
  masks: readonly number[],
  source: string,
): ForeignWords | undefined {
  const hits: string[] = [];
  let strong = false;
  /** The lower case of the last hit by a foreign letter. */
  let byLetter: string | undefined;
  for (const [i, word] of words.entries()) {
    const mask = masks[i]!;
    if (mask & SWEDISH) {
      hits.push(word.text);
      if (mask & STRONG) strong = true;
    } else if (mask & FOREIGN_LETTER && !word.capital && !LOANWORDS.has(word.lower)) {
      hits.push(word.text);
      byLetter = word.lower;
    }
  }
  if (hits.length === 0) return undefined;
  // Only a single hit needs to be strong: the source is searched for it alone.
  if (hits.length === 1 && !strong) {
    if (byLetter === undefined || !source.toLowerCase().includes(byLetter)) return undefined;
  }
  return { language: 'Swedish', words: hits };
}

/** `ownOnly`: own function words counted, not among `words`. */
function findProfiledLanguage(
  words: Candidate[],
  masks: readonly number[],
  ownOnly: number,
  lexicon: Lexicon,
): ForeignWords | undefined {
  if (lexicon.languages.length === 0) return undefined;
  let own = ownOnly;
  // Most texts hit no language: its list is made at its first hit.
  const hits: (string[] | undefined)[] = [];
  for (const [w, word] of words.entries()) {
    const mask = masks[w]!;
    if (mask & OWN) own++;
    for (let i = 0; i < lexicon.languages.length; i++) {
      if (!(mask & (8 << i))) continue;
      const found = hits[i] ?? [];
      found.push(word.text);
      hits[i] = found;
    }
  }
  for (const [i, lang] of lexicon.languages.entries()) {
    const found = hits[i];
    if (found && (found.length >= 3 || (found.length >= 2 && found.length > own))) {
      return { language: LANGUAGE_NAMES[lang] ?? lang, words: found };
    }
  }
  return undefined;
}
