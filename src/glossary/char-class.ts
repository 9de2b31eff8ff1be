// Character classes for word boundaries, cached per UTF-16 code unit: the matcher asks about
// every character of the text, and a Unicode property regex per character is the slow part.

const OTHER = 1;
const LETTER = 2; // letters and combining marks: they continue a word
const DIGIT = 3;

const cache = new Uint8Array(0x10000);

function classify(unit: number): number {
  const cached = cache[unit]!;
  if (cached !== 0) return cached;
  const ch = String.fromCharCode(unit);
  // Surrogates are halves of letters outside the BMP in practice (CJK extensions, historic scripts).
  const kind =
    /[\p{L}\p{M}]/u.test(ch) || (unit >= 0xd800 && unit <= 0xdfff)
      ? LETTER
      : /\p{N}/u.test(ch)
        ? DIGIT
        : OTHER;
  cache[unit] = kind;
  return kind;
}

/**
 * Whether a word boundary lies between text[i - 1] and text[i]. Letters join letters and digits
 * join digits; a letter next to a digit is a boundary, because datelines run into timestamps
 * (`Uzbekistan2022-09-15`) and the place is still a name.
 */
export function isBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const before = classify(text.charCodeAt(i - 1));
  const after = classify(text.charCodeAt(i));
  return before === OTHER || after === OTHER || before !== after;
}

/** True when text[i] is a letter, mark or digit (a character a word boundary is about). */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && classify(text.charCodeAt(i)) !== OTHER;
}
