// Words of a text with what the language checks need to know about each.

import { eachMatch } from './each-match.js';
import { isLetterUnit, unitTest } from './letters.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Several capitals, or a capital inside (`SCO`, `iPhone`, `McKinsey`): a code or brand, not a word. */
  code: boolean;
  /** First word of the text or of a sentence (also after a dialogue dash). */
  initial: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':']);
const SKIPPED = new Set([' ', '\t', '\n', '\u00a0', '"', "'", '”', '“', '„', '«', '»', '(', ')']);
const DASHES = new Set(['-', '–', '—']);

/** Whether the gap before a word ends a sentence: `. `, `?" `, `: (`. */
function opensSentence(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && SKIPPED.has(text[i]!)) i--;
  if (i < from) return false;
  if (SENTENCE_END.has(text[i]!)) return true;
  // A dialogue dash opens a sentence ("… – Vi håller fast").
  return DASHES.has(text[i]!) && i > from && text[i - 1] === ' ' && text[i + 1] === ' ';
}

const isLetterOrDigitUnit = unitTest(/[\p{L}\p{N}]/u);

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterOrDigitUnit(text.charCodeAt(i))) return true;
  return false;
}

const SURROGATE = /[\ud800-\udfff]/;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Calls `visit(start, end)` for each word of `text` as WORD finds them (letters and marks, joined
 * by inner apostrophes), until it returns true. A text within the Basic Multilingual Plane is
 * walked by code unit against a letter table, without a match object per word; any other text
 * is left to WORD itself.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => unknown): void {
  if (SURROGATE.test(text)) {
    eachMatch(WORD, text, (match) => visit(match.index, match.index + match[0].length));
    return;
  }
  let i = 0;
  while (i < text.length) {
    if (!isLetterUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < text.length && isLetterUnit(text.charCodeAt(i))) i++;
      const next = text.charCodeAt(i);
      const joins =
        (next === APOSTROPHE || next === RIGHT_QUOTE) &&
        i + 1 < text.length &&
        isLetterUnit(text.charCodeAt(i + 1));
      if (!joins) break;
      i++;
    }
    if (visit(start, i) === true) return;
  }
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  forEachWord(text, (start, end) => {
    const raw = text.slice(start, end);
    const lower = raw.toLowerCase();
    const first = raw[0]!;
    const capital = first !== lower[0];
    let upper = 0;
    if (raw !== lower) for (let i = 0; i < raw.length; i++) if (raw[i] !== lower[i]) upper++;
    words.push({
      text: raw,
      lower,
      start,
      end: start + raw.length,
      capital,
      code: upper >= 2 || (upper === 1 && !capital),
      initial:
        words.length === 0
          ? !hasLetterOrDigit(text, previousEnd, start)
          : opensSentence(text, previousEnd, start),
    });
    previousEnd = start + raw.length;
  });
  return words;
}
