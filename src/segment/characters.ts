// Character classes the sentence rules share. Swedish typography uses ” for both opening and closing
// quotes and » for both (»…» as well as »…«), so quote direction is read from position, not glyph.
//
// The rules look at one UTF-16 unit at a time, for every character of every text, so a unit's
// classes are bit flags in a table: the Unicode property tests run once per distinct unit, not once
// per character read.

/** Final punctuation. */
export const TERMINAL = 1 << 0;
/** The characters flagged TERMINAL; none is special inside a regex character class. */
export const TERMINALS = '.!?…';
/** Absorbed into the sentence when they directly follow its final punctuation (`”…”.`, `.”`, `.)`). */
export const CLOSER = 1 << 1;
/** Skipped when looking at how the next sentence starts (`”Ja, …`, `(TT)`, `»Hur …`). */
export const OPENER = 1 << 2;
/** Dialogue dashes: a dash plus space opens a line of speech (`– Nu hoppas vi …`). */
export const DASH = 1 << 3;
/** Punctuation that continues a sentence when it follows a final one (`?, frågade`, `…)`). */
export const CONTINUING = 1 << 4;
/** `:`, `;` and `,`: what a list item's marker follows. */
export const LIST_BREAK = 1 << 5;
export const SPACE = 1 << 6; // \s
export const UPPER = 1 << 7; // \p{Lu}
export const LOWER = 1 << 8; // \p{Ll}
export const DIGIT = 1 << 9; // \p{Nd}
export const LETTER = 1 << 10; // \p{L}
export const NUMBER = 1 << 11; // \p{N}
/** Part of a word as the next sentence's first word is read: `[\p{L}\p{N}'’:-]`. */
export const WORD = 1 << 12;
const KNOWN = 1 << 15;

const TABLE = new Uint16Array(0x10000);
markAll(TERMINALS, TERMINAL);
markAll('”"’\'»«›‹)]}', CLOSER);
markAll('”"“„\'‘’»«›‹([{', OPENER);
markAll('–—-', DASH);
markAll(',;:)]}…%.!?', CONTINUING);
markAll(':;,', LIST_BREAK);
markAll("'’:-", WORD);

function markAll(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    TABLE[code] = (TABLE[code] ?? 0) | flag;
  }
}

const PROPERTIES: ReadonlyArray<[RegExp, number]> = [
  [/\s/u, SPACE],
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
  [/\p{Nd}/u, DIGIT],
  [/\p{L}/u, LETTER | WORD],
  [/\p{N}/u, NUMBER | WORD],
];

/** The class flags of the unit at `at`; 0 outside the text. A lone surrogate has no letter class. */
export function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const flags = TABLE[code];
  if (flags === undefined) return 0; // NaN: outside the text
  return flags & KNOWN ? flags : learn(code, flags);
}

function learn(code: number, punctuation: number): number {
  const char = String.fromCharCode(code);
  let flags = KNOWN | punctuation;
  for (const [pattern, flag] of PROPERTIES) if (pattern.test(char)) flags |= flag;
  TABLE[code] = flags;
  return flags;
}

/** True when the unit at `at` has one of `flags`; false outside the text. */
export function isAt(text: string, at: number, flags: number): boolean {
  return (classAt(text, at) & flags) !== 0;
}
