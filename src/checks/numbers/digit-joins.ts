// What stands between two digits of a text, found in one walk: the date and time passes need a
// particular separator there, and most texts have none of them. One walk costs less than a
// regex test per pass.

export const DASH = 1;
export const DOT = 2;
export const SLASH = 4;
export const COLON = 8;
/** Not a join: an `h` right after a digit (13h23). */
export const H_AFTER = 16;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The joins of `text` as bits: DASH for `2022-09`, DOT for `15.09`, SLASH, COLON, H_AFTER. */
export function digitJoins(text: string): number {
  let joins = 0;
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 0x68) joins |= H_AFTER;
    else if (i + 1 < last && isDigit(text.charCodeAt(i + 2))) {
      if (next === 0x2d) joins |= DASH;
      else if (next === 0x2e) joins |= DOT;
      else if (next === 0x2f) joins |= SLASH;
      else if (next === 0x3a) joins |= COLON;
    }
  }
  return joins;
}
