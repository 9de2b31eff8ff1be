// Letter tests by UTF-16 code unit, for scans that walk a text without a regex per character.

const LETTER = /[\p{L}\p{M}]/u;
/** Per code unit: 0 not yet known, 1 a letter or mark, 2 neither. Filled as units are met. */
const classes = new Uint8Array(0x10000);

/** Whether a code unit outside the surrogates is a letter or a mark (`[\p{L}\p{M}]`). */
export function isLetterUnit(code: number): boolean {
  let known = classes[code]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    classes[code] = known;
  }
  return known === 1;
}

/** Half of a character outside the Basic Multilingual Plane: `isLetterUnit` cannot judge it. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
