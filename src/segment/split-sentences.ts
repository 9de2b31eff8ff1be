// Swedish sentence splitting that never loses a character: every sentence is a [start, end) span of
// the input, and only whitespace lies between spans.

import {
  type BracketRange,
  findBracketRanges,
  findEnclosingRange,
  isOpenAcross,
} from './bracket-ranges.js';
import { CLOSERS, DASHES, isOneOf, isSpace, OPENERS, TERMINALS } from './characters.js';
import { decideCut } from './decide-cut.js';
import { readNextWord } from './next-word.js';

export interface Span {
  start: number;
  end: number;
}

/** Sentence spans of `text`; a line break is always a boundary. Offsets are into `text`. */
export function findSentenceSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let lineStart = from;
  while (lineStart <= to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > to ? to : newline;
    spans.push(...splitLine(text, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Splits Swedish text into sentences (exact substrings, in order).
 * Abbreviations (`bl.a.`, `t.ex.`, `kl.`), initials, numbers, quotes, dialogue dashes, ellipses and
 * parentheses follow the rules in the segmentation guidelines; a line break always ends a sentence.
 */
export function splitSentences(text: string): string[] {
  return findSentenceSpans(text).map((span) => text.slice(span.start, span.end));
}

function splitLine(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const ranges = findBracketRanges(text, from, to);
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    if (!isOneOf(TERMINALS, text[i])) {
      i++;
      continue;
    }
    let afterTerminal = i;
    while (afterTerminal < to && isOneOf(TERMINALS, text[afterTerminal])) afterTerminal++;
    let afterClosers = afterTerminal;
    while (afterClosers < to && isOneOf(CLOSERS, text[afterClosers])) afterClosers++;
    const next = skipSpace(text, afterClosers, to);
    // Only whitespace can separate sentences: `13.23`, `tt.se`, `?tab=` and `…Sverige` never cut.
    if (next === afterClosers || next >= to) {
      i = afterTerminal;
      continue;
    }
    if (isCut(text, { start, terminal: i, afterTerminal, afterClosers, next, to }, ranges)) {
      spans.push({ start, end: afterClosers });
      start = next;
      i = next;
    } else {
      i = afterTerminal;
    }
  }
  const end = trimEnd(text, start, to);
  if (end > start) spans.push({ start, end });
  return spans;
}

interface Positions {
  start: number;
  terminal: number;
  afterTerminal: number;
  afterClosers: number;
  next: number;
  to: number;
}

function isCut(text: string, at: Positions, ranges: readonly BracketRange[]): boolean {
  const enclosing = findEnclosingRange(ranges, at.terminal);
  if (enclosing) {
    // Inside brackets only a whole bracketed sentence may end: `(Ett möte … ställdes in.) Efteråt`.
    const closesHere = enclosing.close >= at.afterTerminal && enclosing.close < at.afterClosers;
    if (!closesHere || isOpenAcross(ranges, at.terminal, at.afterClosers)) return false;
    if (skipOpeners(text, at.start, at.to) < enclosing.open) return false;
  }
  const left = readLeftWord(text, at.start, at.terminal);
  return decideCut({
    terminal: text.slice(at.terminal, at.afterTerminal),
    word: left.word,
    before: readAbbreviationPieces(text, at.start, left.tokenStart),
    closed: left.closed || at.afterClosers > at.afterTerminal,
    next: readNextWord(text, at.next, at.to),
    nextRunWords: countRunWords(text, at.next, at.to),
    listPosition: isListPosition(text, at.start, left.tokenStart),
  });
}

function readLeftWord(text: string, start: number, terminal: number) {
  let tokenStart = terminal;
  while (tokenStart > start && !isSpace(text[tokenStart - 1])) tokenStart--;
  let wordStart = tokenStart;
  while (wordStart < terminal && isOneOf(OPENERS, text[wordStart])) wordStart++;
  let wordEnd = terminal;
  while (wordEnd > wordStart && isOneOf(CLOSERS, text[wordEnd - 1])) wordEnd--;
  return { word: text.slice(wordStart, wordEnd), tokenStart, closed: wordEnd < terminal };
}

const PIECE = /^\p{L}{1,4}\.?$/u;

/** Up to three short tokens before the word that may be the first parts of `bl. a.` or `o. s. v.`. */
function readAbbreviationPieces(text: string, start: number, tokenStart: number): string[] {
  const pieces: string[] = [];
  let end = tokenStart;
  while (pieces.length < 3) {
    while (end > start && isSpace(text[end - 1])) end--;
    let begin = end;
    while (begin > start && !isSpace(text[begin - 1])) begin--;
    const token = text.slice(begin, end);
    if (begin === end || !PIECE.test(token)) break;
    pieces.unshift(token);
    end = begin;
  }
  return pieces;
}

/** The token starts the sentence or follows `:`, `;` or `,` (list items). */
function isListPosition(text: string, start: number, tokenStart: number): boolean {
  let before = tokenStart;
  while (before > start && isSpace(text[before - 1])) before--;
  return before === start || isOneOf(':;,', text[before - 1]);
}

/** Words from `at` to the next final punctuation or the line end. */
function countRunWords(text: string, at: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = at; i < to; i++) {
    const char = text[i]!;
    if (isSpace(char)) {
      inWord = false;
      continue;
    }
    if (!inWord && !isOneOf(DASHES, char)) words++;
    inWord = true;
    if (isOneOf(TERMINALS, char) && (i + 1 >= to || isSpace(text[i + 1]))) return words;
  }
  return words;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  return i;
}

function skipOpeners(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (isSpace(text[i]) || isOneOf(OPENERS, text[i]) || isOneOf(DASHES, text[i]))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text[end - 1])) end--;
  return end;
}
