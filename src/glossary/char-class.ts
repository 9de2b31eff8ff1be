// Character classes for word boundaries, cached per code point: the matcher asks about every
// character of the text, and a Unicode property regex per character is the slow part.

const OTHER = 1;
const LETTER = 2; // letters and combining marks: they continue a word
const DIGIT = 3;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classifyCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return /[\p{L}\p{M}]/u.test(ch) ? LETTER : /\p{N}/u.test(ch) ? DIGIT : OTHER;
}

/** The class of the character at UTF-16 index i; a surrogate half answers for its pair. */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdfff) {
    const cached = bmp[unit]!;
    if (cached !== 0) return cached;
    const kind = classifyCodePoint(unit);
    bmp[unit] = kind;
    return kind;
  }
  // Emoji and letters outside the BMP: look at the whole pair, so `Putin😀` still ends a word.
  const start = unit >= 0xdc00 && i > 0 ? i - 1 : i;
  const cp = text.codePointAt(start) ?? unit;
  let kind = astral.get(cp);
  if (kind === undefined) {
    kind = classifyCodePoint(cp);
    astral.set(cp, kind);
  }
  return kind;
}

/**
 * Whether a word boundary lies between text[i - 1] and text[i]. Letters join letters and digits
 * join digits; a letter next to a digit is a boundary, because datelines run into timestamps
 * (`Uzbekistan2022-09-15`) and the place is still a name.
 */
export function isBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = classAt(text, i - 1);
  const after = classAt(text, i);
  return before === OTHER || after === OTHER || before !== after;
}

/** True when text[i] is a letter, mark or digit (a character a word boundary is about). */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classAt(text, i) !== OTHER;
}
