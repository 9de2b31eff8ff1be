// Swedish sentence splitting that never loses a character: every sentence is a [start, end) span of
// the input, and only whitespace lies between spans.

import {
  type BracketRange,
  findBracketRanges,
  findEnclosingRange,
  isOpenAcross,
} from './bracket-ranges.js';
import { CLOSER, classAt, DASH, isAt, LIST_BREAK, OPENER, SPACE, TERMINAL } from './characters.js';
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
    splitLine(text, lineStart, lineEnd, spans);
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

/** Appends the sentence spans of one line to `spans`. */
function splitLine(text: string, from: number, to: number, spans: Span[]): void {
  const ranges = findBracketRanges(text, from, to);
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    if (!isAt(text, i, TERMINAL)) {
      i++;
      continue;
    }
    let afterTerminal = i;
    while (afterTerminal < to && isAt(text, afterTerminal, TERMINAL)) afterTerminal++;
    let afterClosers = afterTerminal;
    while (afterClosers < to && isAt(text, afterClosers, CLOSER)) afterClosers++;
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
    // Only an ellipsis reads it, and counting walks the whole next sentence.
    get nextRunWords() {
      return countRunWords(text, at.next, at.to);
    },
    listPosition: isListPosition(text, at.start, left.tokenStart),
  });
}

function readLeftWord(text: string, start: number, terminal: number) {
  let tokenStart = terminal;
  while (tokenStart > start && !isAt(text, tokenStart - 1, SPACE)) tokenStart--;
  let wordStart = tokenStart;
  while (wordStart < terminal && isAt(text, wordStart, OPENER)) wordStart++;
  let wordEnd = terminal;
  while (wordEnd > wordStart && isAt(text, wordEnd - 1, CLOSER)) wordEnd--;
  return { word: text.slice(wordStart, wordEnd), tokenStart, closed: wordEnd < terminal };
}

const PIECE = /^\p{L}{1,4}\.?$/u;

/** Up to three short tokens before the word that may be the first parts of `bl. a.` or `o. s. v.`. */
function readAbbreviationPieces(text: string, start: number, tokenStart: number): string[] {
  const pieces: string[] = [];
  let end = tokenStart;
  while (pieces.length < 3) {
    while (end > start && isAt(text, end - 1, SPACE)) end--;
    let begin = end;
    while (begin > start && !isAt(text, begin - 1, SPACE)) begin--;
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
  while (before > start && isAt(text, before - 1, SPACE)) before--;
  return before === start || isAt(text, before - 1, LIST_BREAK);
}

/** Words from `at` to the next final punctuation or the line end. */
function countRunWords(text: string, at: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = at; i < to; i++) {
    const char = classAt(text, i);
    if (char & SPACE) {
      inWord = false;
      continue;
    }
    if (!inWord && !(char & DASH)) words++;
    inWord = true;
    if (char & TERMINAL && (i + 1 >= to || isAt(text, i + 1, SPACE))) return words;
  }
  return words;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isAt(text, i, SPACE)) i++;
  return i;
}

function skipOpeners(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isAt(text, i, SPACE | OPENER | DASH)) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isAt(text, end - 1, SPACE)) end--;
  return end;
}
