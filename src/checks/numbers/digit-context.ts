// What stands around the digit runs of a text. Each date and time pass of extractNumbers needs a
// particular neighbourhood of a digit run (a separator to another run, a short run after a space,
// a short run before `h` …), and most texts have none: one look at each run, as bits, lets the
// passes that cannot match be skipped without running their patterns over the text.
// Each bit is a necessary condition of its pass, derived from the pattern in extract-numbers.ts.

/** Between two digits: `2022-09`. */
export const DASH = 1;
/** Between two digits: `15.09`. */
export const DOT = 2;
/** Between two digits: `15/6`. */
export const SLASH = 4;
/** Between two digits: `13:23`. */
export const COLON = 8;
/** Not a join: an `h` right after a digit (13h23). */
export const H_AFTER = 16;
/** The text has a digit at all. */
export const DIGIT = 32;
/** A run of 1–2 digits, not after `.` or `,`, then what a day before a month name has next. */
export const DAY_BEFORE_WORD = 64;
/** A run of 1–2 digits right after whitespace, as a day after a month name is. */
export const SHORT_AFTER_SPACE = 128;
/** A run of 1–3 digits right after whitespace: "kl. 13" (the pattern may stop inside `123`). */
export const HOUR_AFTER_SPACE = 256;
/** A run of 1–2 digits, then whitespace or none, then `a`, `A`, `p` or `P`: "9 pm". */
export const SHORT_BEFORE_MERIDIEM = 512;
/** A run of 1–2 digits, then whitespace or none, then `U`, `o` or `h`: "13 Uhr", "5 o'clock". */
export const SHORT_BEFORE_HOUR_WORD = 1024;
/** A run of digits, then whitespace or none, then 年 or 년. */
export const BEFORE_CJK_YEAR = 2048;

const ANY_DIGIT = /\d/g;

// Per UTF-16 unit, filled as met: 0 unknown, 1 whitespace as \s reads it, 2 not.
const spaceUnits = new Uint8Array(0x10000);

function isSpace(unit: number): boolean {
  let known = spaceUnits[unit]!;
  if (known === 0) {
    known = /\s/.test(String.fromCharCode(unit)) ? 1 : 2;
    spaceUnits[unit] = known;
  }
  return known === 1;
}

function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

function isAsciiLetter(unit: number): boolean {
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** By the code of the unit after a run: - . / : */
const JOIN_AFTER: Readonly<Record<number, number>> = { 45: DASH, 46: DOT, 47: SLASH, 58: COLON };
const CJK_YEAR = new Set(['年'.charCodeAt(0), '년'.charCodeAt(0)]);

/** The bits above that hold somewhere in `text`; 0 when it has no digit. */
export function digitContext(text: string): number {
  let bits = 0;
  const length = text.length;
  // A regex search to the next digit: most of a text is not digits.
  ANY_DIGIT.lastIndex = 0;
  while (ANY_DIGIT.test(text)) {
    const start = ANY_DIGIT.lastIndex - 1;
    let end = start + 1;
    while (end < length && isDigit(text.charCodeAt(end))) end++;
    ANY_DIGIT.lastIndex = end;
    bits |= DIGIT | runBits(text, start, end);
  }
  return bits;
}

/** The bits of the digit run `text[start, end)`, which has a non-digit (or an edge) each side. */
function runBits(text: string, start: number, end: number): number {
  let bits = 0;
  const short = end - start <= 2;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (after === 0x68) bits |= H_AFTER;
  else if (after !== -1 && isDigit(text.charCodeAt(end + 1))) bits |= JOIN_AFTER[after] ?? 0;
  if (before !== -1 && isSpace(before)) {
    if (short) bits |= SHORT_AFTER_SPACE;
    if (end - start <= 3) bits |= HOUR_AFTER_SPACE;
  }
  if (short && before !== 0x2e && before !== 0x2c && after !== -1 && mayLeadToWord(after)) {
    bits |= DAY_BEFORE_WORD;
  }
  let word = end;
  while (word < text.length && isSpace(text.charCodeAt(word))) word++;
  const next = word < text.length ? text.charCodeAt(word) : -1;
  if (short && (next === 0x61 || next === 0x41 || next === 0x70 || next === 0x50)) {
    bits |= SHORT_BEFORE_MERIDIEM;
  }
  if (short && (next === 0x55 || next === 0x6f || next === 0x68)) bits |= SHORT_BEFORE_HOUR_WORD;
  if (CJK_YEAR.has(next)) bits |= BEFORE_CJK_YEAR;
  return bits;
}

/**
 * Whether a day's digits may be followed by this unit on the way to a month name: a suffix
 * (`.`, `:e`, `-го`, `st`), whitespace or a letter. Any unit past ASCII may be one of those.
 */
function mayLeadToWord(unit: number): boolean {
  return (
    unit >= 0x80 ||
    isAsciiLetter(unit) ||
    isSpace(unit) ||
    unit === 0x2e ||
    unit === 0x3a ||
    unit === 0x2d
  );
}
