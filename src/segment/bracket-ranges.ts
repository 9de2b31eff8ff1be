// Matched bracket pairs of one line. Only matched pairs count, so a list marker like `1)` or a
// typo'd lone `(` can never switch sentence splitting off for the rest of a paragraph.

export interface BracketRange {
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function findBracketRanges(text: string, from: number, to: number): BracketRange[] {
  const stack: Array<{ char: string; at: number }> = [];
  const ranges: BracketRange[] = [];
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[' || char === '{') {
      stack.push({ char, at: i });
      continue;
    }
    const opener = PAIRS[char];
    if (opener === undefined) continue;
    const index = stack.findLastIndex((entry) => entry.char === opener);
    if (index < 0) continue;
    ranges.push({ open: stack[index]!.at, close: i });
    stack.length = index;
  }
  return ranges;
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
