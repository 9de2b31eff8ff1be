// A possible sentence end as decideCut sees it, read from the text around it. What only some rules
// ask for (the tokens of a spaced abbreviation, the list position, the words after an ellipsis) is
// read when a rule asks: most candidates are settled by the next word and the word before.

import { CLOSER, classAt, DASH, isAt, LIST_BREAK, OPENER, SPACE, TERMINAL } from './characters.js';
import type { CutCandidate } from './decide-cut.js';
import { type NextWord, readNextWord } from './next-word.js';

/** Offsets around one run of final punctuation in a line that ends at `to`. */
export interface CutPositions {
  /** Where the current sentence starts. */
  start: number;
  terminal: number;
  afterTerminal: number;
  afterClosers: number;
  /** The first character after the whitespace. */
  next: number;
  to: number;
}

export class TextCandidate implements CutCandidate {
  readonly terminal: string;
  readonly word: string;
  readonly closed: boolean;
  readonly next: NextWord;
  /** Where the token holding `word` starts (before its opening quotes). */
  private readonly tokenStart: number;

  constructor(
    private readonly text: string,
    private readonly at: CutPositions,
  ) {
    let tokenStart = at.terminal;
    while (tokenStart > at.start && !isAt(text, tokenStart - 1, SPACE)) tokenStart--;
    let wordStart = tokenStart;
    while (wordStart < at.terminal && isAt(text, wordStart, OPENER)) wordStart++;
    let wordEnd = at.terminal;
    while (wordEnd > wordStart && isAt(text, wordEnd - 1, CLOSER)) wordEnd--;
    this.tokenStart = tokenStart;
    this.terminal = text.slice(at.terminal, at.afterTerminal);
    this.word = text.slice(wordStart, wordEnd);
    this.closed = wordEnd < at.terminal || at.afterClosers > at.afterTerminal;
    this.next = readNextWord(text, at.next, at.to);
  }

  get before(): string[] {
    return readAbbreviationPieces(this.text, this.at.start, this.tokenStart);
  }

  get nextRunWords(): number {
    return countRunWords(this.text, this.at.next, this.at.to);
  }

  get listPosition(): boolean {
    return isListPosition(this.text, this.at.start, this.tokenStart);
  }
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
