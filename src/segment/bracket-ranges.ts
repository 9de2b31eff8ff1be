// Matched bracket pairs of one line. Only matched pairs count, so a list marker like `1)` or a
// typo'd lone `(` can never switch sentence splitting off for the rest of a paragraph.

export interface BracketRange {
  open: number;
  close: number;
}

const OPENING = /[([{]/u;

export function findBracketRanges(text: string, from: number, to: number): BracketRange[] {
  // Most lines hold no bracket: one native search rules them out. A closer before the first
  // opener closes nothing, so the walk starts there.
  const first = text.slice(from, to).search(OPENING);
  if (first < 0) return [];
  const stack: Array<{ code: number; at: number }> = [];
  const ranges: BracketRange[] = [];
  // Codes, not one-character strings: this reads every character of the rest of the line.
  for (let i = from + first; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28 || code === 0x5b || code === 0x7b) {
      // ( [ {
      stack.push({ code, at: i });
      continue;
    }
    const opener = openerOf(code);
    if (opener < 0) continue;
    const index = stack.findLastIndex((entry) => entry.code === opener);
    if (index < 0) continue;
    ranges.push({ open: stack[index]!.at, close: i });
    stack.length = index;
  }
  return ranges;
}

/** The UTF-16 code of the bracket that `code` closes, or -1. */
function openerOf(code: number): number {
  switch (code) {
    case 0x29: // )
      return 0x28;
    case 0x5d: // ]
      return 0x5b;
    case 0x7d: // }
      return 0x7b;
    default:
      return -1;
  }
}

/** The innermost matched pair strictly around `position`, if any. */
export function findEnclosingRange(
  ranges: readonly BracketRange[],
  position: number,
): BracketRange | undefined {
  let inner: BracketRange | undefined;
  for (const range of ranges) {
    if (range.open < position && position < range.close) {
      if (!inner || range.open > inner.open) inner = range;
    }
  }
  return inner;
}

/** True when some pair opens before `position` and is still open after `end` (exclusive). */
export function isOpenAcross(
  ranges: readonly BracketRange[],
  position: number,
  end: number,
): boolean {
  return ranges.some((range) => range.open < position && range.close >= end);
}
