// Blank-line-separated blocks of a text, with the offsets of each non-empty line.

import { isAt, SPACE } from './characters.js';
import type { Span } from './split-sentences.js';

export interface Block {
  /** 0-based index among the blocks: the `paragraph` of its segments. */
  index: number;
  /** From the first to the last non-space character of the block. */
  start: number;
  end: number;
  text: string;
  /** Trimmed spans of the block's lines; a line break inside a block is a hard boundary. */
  lines: Span[];
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: Span[] = [];
  const flush = () => {
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first && last) {
      blocks.push({
        index: blocks.length,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        lines,
      });
    }
    lines = [];
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = trimSpan(text, lineStart, lineEnd);
    if (line) lines.push(line);
    else flush();
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}

function trimSpan(text: string, from: number, to: number): Span | undefined {
  let start = from;
  let end = to;
  while (start < end && isAt(text, start, SPACE)) start++;
  while (end > start && isAt(text, end - 1, SPACE)) end--;
  return end > start ? { start, end } : undefined;
}
