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

/**
 * Whether a code unit, as a string of its own, matches `pattern` (one character, not global or
 * sticky), remembered per unit: a surrogate half alone matches no property.
 */
export function unitTest(pattern: RegExp): (code: number) => boolean {
  /** Per code unit: 0 not yet known, 1 matches, 2 does not. */
  const known = new Uint8Array(0x10000);
  return (code) => {
    let match = known[code]!;
    if (match === 0) {
      match = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      known[code] = match;
    }
    return match === 1;
  };
}

/**
 * `pattern.test(text)` for a pattern of one character (`/\p{Script=Latin}/u`), not global or
 * sticky, told code unit by code unit: V8 tests some Unicode properties (the Latin script) much
 * more slowly than a scan reads a table.
 */
export function charTest(pattern: RegExp): (text: string) => boolean {
  const matches = unitTest(pattern);
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // The pattern reads a surrogate pair as one character: let it judge such a text itself.
      if (isSurrogate(code)) return pattern.test(text);
      if (matches(code)) return true;
    }
    return false;
  };
}
