// Words of a text with what the language checks need to know about each.

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
 * The words of `text` as WORD finds them (letters and marks, joined by inner apostrophes), one
 * `next()` at a time: a loop over them calls no function per word, which the JIT can then fold
 * into the loop. A text within the Basic Multilingual Plane is walked by code unit against a
 * letter table, without a match object per word; any other text is left to WORD itself.
 */
export class WordCursor {
  /** The current word, once `next()` has returned true. */
  start = 0;
  end = 0;
  private readonly byUnit: boolean;

  constructor(readonly text: string) {
    this.byUnit = !SURROGATE.test(text);
  }

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    return this.byUnit ? this.nextByUnit() : this.nextByPattern();
  }

  private nextByUnit(): boolean {
    const text = this.text;
    let i = this.end;
    while (i < text.length && !isLetterUnit(text.charCodeAt(i))) i++;
    if (i >= text.length) return false;
    this.start = i;
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
    this.end = i;
    return true;
  }

  /** WORD never matches an empty string: searching on from the last word's end finds the next. */
  private nextByPattern(): boolean {
    WORD.lastIndex = this.end;
    const match = WORD.exec(this.text);
    WORD.lastIndex = 0;
    if (!match) return false;
    this.start = match.index;
    this.end = match.index + match[0].length;
    return true;
  }
}

/** Calls `visit(start, end)` for each word of `text` as WordCursor finds them, until it returns true. */
export function forEachWord(text: string, visit: (start: number, end: number) => unknown): void {
  const words = new WordCursor(text);
  while (words.next()) if (visit(words.start, words.end) === true) return;
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
 * The words of `text` as splitWords sees them, one `next()` at a time, each read off `lower`
 * (`text.toLowerCase()`) at the same offsets: no string, no object per word. `code` and `initial`
 * are read only when asked for: a scan that rejects most words by their letters alone then never
 * counts their capitals or reads the gap before them.
 */
export class WordShapes extends WordCursor implements WordShape {
  capital = false;
  /** Where the word before the current one ends; -1 while at the first. */
  private previousEnd = -1;
  private started = false;

  private constructor(
    text: string,
    private readonly lower: string,
  ) {
    super(text);
  }

  /**
   * The shapes of `text`'s words, or undefined when `text` and `lower` do not line up and
   * splitWords must judge: `İ` lowers to two units, and `Σ` lowers by what follows, so a word
   * alone may lower otherwise.
   */
  static of(text: string, lower: string): WordShapes | undefined {
    if (lower.length !== text.length || text.includes('Σ')) return undefined;
    return new WordShapes(text, lower);
  }

  override next(): boolean {
    if (this.started) this.previousEnd = this.end;
    this.started = true;
    if (!super.next()) return false;
    this.capital = this.text.charCodeAt(this.start) !== this.lower.charCodeAt(this.start);
    return true;
  }

  get code(): boolean {
    let upper = 0;
    for (let i = this.start; i < this.end; i++) {
      if (this.text.charCodeAt(i) !== this.lower.charCodeAt(i)) upper++;
    }
    return upper >= 2 || (upper === 1 && !this.capital);
  }

  get initial(): boolean {
    return this.previousEnd < 0
      ? !hasLetterOrDigit(this.text, 0, this.start)
      : opensSentence(this.text, this.previousEnd, this.start);
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
