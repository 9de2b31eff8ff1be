// Words of a text with what the language checks need to know about each.

import { eachMatch } from './each-match.js';

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

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) return true;
  return false;
}

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  eachMatch(WORD, text, (match) => {
    const raw = match[0];
    const start = match.index;
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
