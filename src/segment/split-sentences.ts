// Swedish sentence splitting that never loses a character: every sentence is a [start, end) span of
// the input, and only whitespace lies between spans.

import {
  type BracketRange,
  findBracketRanges,
  findEnclosingRange,
  isOpenAcross,
} from './bracket-ranges.js';
import { CLOSER, DASH, isAt, OPENER, SPACE, TERMINAL, TERMINALS } from './characters.js';
import { decideCut } from './decide-cut.js';
import { type CutPositions, TextCandidate } from './read-candidate.js';

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

/** Final punctuation, one UTF-16 unit each: the characters flagged TERMINAL. */
const TERMINAL_SEARCH = new RegExp(`[${TERMINALS}]`, 'g');

/** Appends the sentence spans of one line to `spans`. */
function splitLine(text: string, from: number, to: number, spans: Span[]): void {
  const ranges = findBracketRanges(text, from, to);
  // Final punctuation is found by a native search of the line, not a walk over every character.
  const line = text.slice(from, to);
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    TERMINAL_SEARCH.lastIndex = i - from;
    if (!TERMINAL_SEARCH.test(line)) break;
    i = from + TERMINAL_SEARCH.lastIndex - 1;
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

function isCut(text: string, at: CutPositions, ranges: readonly BracketRange[]): boolean {
  const enclosing = findEnclosingRange(ranges, at.terminal);
  if (enclosing) {
    // Inside brackets only a whole bracketed sentence may end: `(Ett möte … ställdes in.) Efteråt`.
    const closesHere = enclosing.close >= at.afterTerminal && enclosing.close < at.afterClosers;
    if (!closesHere || isOpenAcross(ranges, at.terminal, at.afterClosers)) return false;
    if (skipOpeners(text, at.start, at.to) < enclosing.open) return false;
  }
  return decideCut(new TextCandidate(text, at));
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
