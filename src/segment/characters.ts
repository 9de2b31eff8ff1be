// Character classes the sentence rules share. Swedish typography uses ” for both opening and closing
// quotes and » for both (»…» as well as »…«), so quote direction is read from position, not glyph.

export const TERMINALS = '.!?…';
/** Absorbed into the sentence when they directly follow its final punctuation (`”…”.`, `.”`, `.)`). */
export const CLOSERS = '”"’\'»«›‹)]}';
/** Skipped when looking at how the next sentence starts (`”Ja, …`, `(TT)`, `»Hur …`). */
export const OPENERS = '”"“„\'‘’»«›‹([{';
/** Dialogue dashes: a dash plus space opens a line of speech (`– Nu hoppas vi …`). */
export const DASHES = '–—-';

const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

export function isSpace(char: string | undefined): boolean {
  return char !== undefined && SPACE.test(char);
}

export function isUpper(char: string | undefined): boolean {
  return char !== undefined && UPPER.test(char);
}

export function isLower(char: string | undefined): boolean {
  return char !== undefined && LOWER.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char);
}

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char);
}

export function isOneOf(set: string, char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && set.includes(char);
}
