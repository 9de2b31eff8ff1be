// What stands between two digits of a text: the date and time passes need a particular separator
// there, and most texts have none of them. One search costs less than a regex test per pass.

export const DASH = 1;
export const DOT = 2;
export const SLASH = 4;
export const COLON = 8;
/** Not a join: an `h` right after a digit (13h23). */
export const H_AFTER = 16;

const ALL = DASH | DOT | SLASH | COLON | H_AFTER;

/**
 * A digit with a join after it. A lookahead, so the digit after a join may start the next one.
 * Locale values are mostly two-byte strings, on which V8's regex outran a loop over the chars.
 */
const JOIN = /\d(?=h|[-./:]\d)/g;

const BITS: Readonly<Record<string, number>> = {
  h: H_AFTER,
  '-': DASH,
  '.': DOT,
  '/': SLASH,
  ':': COLON,
};

/** The joins of `text` as bits: DASH for `2022-09`, DOT for `15.09`, SLASH, COLON, H_AFTER. */
export function digitJoins(text: string): number {
  let joins = 0;
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m !== null && joins !== ALL; m = JOIN.exec(text)) {
    joins |= BITS[text[m.index + 1]!]!;
  }
  JOIN.lastIndex = 0;
  return joins;
}
