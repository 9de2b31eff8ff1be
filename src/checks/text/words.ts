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

/** What splitWords tells of a word besides its text. */
export interface WordShape {
  start: number;
  end: number;
  capital: boolean;
  code: boolean;
  initial: boolean;
}

/**
 * Calls `visit` with each word of `text` as splitWords sees it, reading its case off `lower`
 * (`text.toLowerCase()`) at the same offsets: no string, no object per word. One shape is
 * refilled for every word. Returns false without a visit when the two do not line up, and
 * splitWords must judge: `İ` lowers to two units, and `Σ` lowers by what follows, so a word
 * alone may lower otherwise.
 */
export function forEachWordShape(
  text: string,
  lower: string,
  visit: (shape: Readonly<WordShape>) => unknown,
): boolean {
  if (lower.length !== text.length || text.includes('Σ')) return false;
  const shape: WordShape = { start: 0, end: 0, capital: false, code: false, initial: false };
  let previousEnd = -1;
  forEachWord(text, (start, end) => {
    const capital = text.charCodeAt(start) !== lower.charCodeAt(start);
    let upper = 0;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) !== lower.charCodeAt(i)) upper++;
    shape.start = start;
    shape.end = end;
    shape.capital = capital;
    shape.code = upper >= 2 || (upper === 1 && !capital);
    shape.initial =
      previousEnd < 0 ? !hasLetterOrDigit(text, 0, start) : opensSentence(text, previousEnd, start);
    previousEnd = end;
    return visit(shape);
  });
  return true;
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
