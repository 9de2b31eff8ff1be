// How the text after a candidate sentence end begins: the right-hand half of every cut decision.

import {
  DASHES,
  isDigit,
  isLetter,
  isLower,
  isOneOf,
  isSpace,
  isUpper,
  OPENERS,
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

const WORD_CHAR = /[\p{L}\p{N}'’:-]/u;
const CONTINUING_PUNCTUATION = ',;:)]}…%.!?';

export function readNextWord(text: string, at: number, end: number): NextWord {
  const first = text[at];
  if (isOneOf(DASHES, first) && (at + 1 >= end || isSpace(text[at + 1]))) {
    return { start: 'dash', word: first!, at };
  }
  let pos = at;
  while (pos < end && isOneOf(OPENERS, text[pos])) pos++;
  let stop = pos;
  while (stop < end && WORD_CHAR.test(text[stop]!)) stop++;
  const word = text.slice(pos, stop);
  return { start: classifyStart(word, text[pos]), word, at };
}

function classifyStart(word: string, char: string | undefined): NextStart {
  if (char === undefined) return 'punct';
  if (isUpper(char)) return 'upper';
  if (isDigit(char)) return 'digit';
  if (isLower(char)) return /\p{Lu}/u.test(word.slice(1)) ? 'brand' : 'lower';
  if (isLetter(char)) return 'upper'; // scripts without case (rare in Swedish news): treat as a start
  if (isOneOf(CONTINUING_PUNCTUATION, char) || isOneOf(DASHES, char)) return 'punct';
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
