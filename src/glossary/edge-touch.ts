// Whether a letter (or mark) or a digit touches a position of a text, as an edge guard's
// lookaround sees it (by code point, as a `u` pattern reads), answered from a table per code
// point: a sticky lookaround regex at every candidate was a fifth of finding pins.

import type { EdgeGuard } from './target-pattern.js';

const KNOWN = 1;
const LETTER = 2; // \p{L} or \p{M}
const DIGIT = 4; // \p{N}

const GUARDED: Record<EdgeGuard, number> = { letter: LETTER, digit: DIGIT, none: 0 };

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (/[\p{L}\p{M}]/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? DIGIT : 0);
}

function kindOf(cp: number): number {
  if (cp < 0x10000) {
    let kind = bmp[cp]!;
    if (kind === 0) {
      kind = classify(cp);
      bmp[cp] = kind;
    }
    return kind;
  }
  let kind = astral.get(cp);
  if (kind === undefined) {
    kind = classify(cp);
    astral.set(cp, kind);
  }
  return kind;
}

/** The code point that ends at `index` (a lone surrogate stands for itself). */
function codePointBefore(text: string, index: number): number {
  const last = text.charCodeAt(index - 1);
  if (last >= 0xdc00 && last <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return (high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}

/** As `(?<=\p{L}|\p{M})` (letter) or `(?<=\p{N})` (digit) at `index`; never for `none`. */
export function touchesBefore(guard: EdgeGuard, text: string, index: number): boolean {
  if (index <= 0 || index > text.length) return false;
  return (kindOf(codePointBefore(text, index)) & GUARDED[guard]) !== 0;
}

/** As `(?=\p{L}|\p{M})` (letter) or `(?=\p{N})` (digit) at `index`; never for `none`. */
export function touchesAfter(guard: EdgeGuard, text: string, index: number): boolean {
  const cp = text.codePointAt(index);
  return cp !== undefined && (kindOf(cp) & GUARDED[guard]) !== 0;
}
