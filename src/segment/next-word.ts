// How the text after a candidate sentence end begins: the right-hand half of every cut decision.

import {
  CONTINUING,
  classAt,
  DASH,
  DIGIT,
  isAt,
  LETTER,
  LOWER,
  OPENER,
  SPACE,
  UPPER,
  WORD,
} from './characters.js';

export type NextStart =
  | 'upper' // Den, ”Ja, (TT)
  | 'lower' // och, ja — a Swedish sentence does not start lower-case
  | 'brand' // iPhone, eBay: lower-case first letter, capital inside
  | 'digit' // 2023 öppnas …
  | 'dash' // – Nu hoppas vi …
  | 'symbol' // § 5, € 20: starts a sentence as a digit would
  | 'punct'; // , ; : ) … — continues the sentence

export interface NextWord {
  start: NextStart;
  /** The word itself, without opening quotes or brackets. */
  word: string;
  /** Offset of the first character after the whitespace. */
  at: number;
}

const UPPER_LETTER = /\p{Lu}/u;

export function readNextWord(text: string, at: number, end: number): NextWord {
  if (isAt(text, at, DASH) && (at + 1 >= end || isAt(text, at + 1, SPACE))) {
    return { start: 'dash', word: text[at]!, at };
  }
  let pos = at;
  while (pos < end && isAt(text, pos, OPENER)) pos++;
  let stop = pos;
  while (stop < end && isAt(text, stop, WORD)) stop++;
  const word = text.slice(pos, stop);
  return { start: classifyStart(word, classAt(text, pos)), word, at };
}

/** `char` holds the class flags of the word's first unit (0 past the end of the text). */
function classifyStart(word: string, char: number): NextStart {
  if (char === 0) return 'punct';
  if (char & UPPER) return 'upper';
  if (char & DIGIT) return 'digit';
  if (char & LOWER) return UPPER_LETTER.test(word.slice(1)) ? 'brand' : 'lower';
  if (char & LETTER) return 'upper'; // scripts without case (rare in Swedish news): treat as a start
  if (char & (CONTINUING | DASH)) return 'punct';
  return 'symbol';
}

/** Words that open Swedish sentences but are never surnames: they tell `plan B. Det …` from `J. K. Rowling`. */
const SENTENCE_OPENERS = new Set(
  (
    'alla allt andra att av bland de dem den denna deras dess dessa dessutom det detta du då där ' +
    'efter efteråt eftersom eller en enligt ett flera från för före han hen hennes hon hur i ' +
    'inför inga ingen inget inte jag kort man med medan men mot många nu när och också om på redan ' +
    'samtidigt sedan senare som så till trots under ur vad var varför vem vi vid vilket vår åtminstone ' +
    'även ändå är'
  ).split(' '),
);

export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word.toLowerCase());
}
