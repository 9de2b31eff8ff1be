// What Apertium breaks goes through as opaque tokens. Measured on apertium 3.8.3: nb/nn add dots to
// numbers (`15 procent` → `15. prosent`, `2022-09-15 13:23` → `2022.- 09.- 15.13:23.`), `5 %`
// becomes `5  0..000000.`, URLs gain dots and marks, while letter tokens with digits inside
// (`XQT12X`) come back unchanged in every pair. Tokens are restored to the source text verbatim.

/** The token standing for the protected text number `index`. */
export function protectToken(index: number): string {
  return `XQT${index}X`;
}

export interface ProtectedText {
  text: string;
  /** Original text per token index. */
  tokens: string[];
}

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"”»]+?(?=[.,;:!?)\]'’”»]*(?:\s|$))`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const PLACEHOLDER = String.raw`\$t\([^()]*\)|\{\{[^{}]*\}\}|\{[^{}\s]*\}|%(?:\d+\$)?[sdif]`;
const TAG = String.raw`<\/?[A-Za-z][^<>]*>`;
/** Anything already shaped like a token (the pipeline's masked terms, or text that only looks like one). */
const TOKEN_LIKE = String.raw`X[A-Z]{1,3}\d+X`;
const HANDLE = String.raw`(?<![\p{L}\p{N}_])[#@][\p{L}\p{N}_]+`;
/** ISO dates and clock times even when glued to a word (`Uzbekistan2022-09-15 13:23`). */
const DATE_TIME = String.raw`\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}[:.]\d{2})?|(?<!\d)\d{1,2}:\d{2}(?!\d)`;
/**
 * Free-standing numbers with their inner separators, thousands groups and a percent sign. Numbers
 * glued to letters (`G20-mötet`, `1990-talet`) are words Apertium translates correctly, so they stay.
 */
const NUMBER = String.raw`(?<![\p{L}\p{N}_\-])[-−+]?\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,:\/–-]\d+)*(?:\s?%)?(?![\p{L}\p{N}]|-\p{L})`;
/** Characters that would read as unknown-word marks in the output, or that Apertium mangles. */
const SYMBOL = '[*#%]';

const PROTECT = new RegExp(
  [URL, EMAIL, PLACEHOLDER, TAG, TOKEN_LIKE, HANDLE, DATE_TIME, NUMBER, SYMBOL]
    .map((part) => `(?:${part})`)
    .join('|'),
  'gu',
);

/** Replaces everything Apertium would break with tokens. */
export function protectText(text: string): ProtectedText {
  const tokens: string[] = [];
  const masked = text.replace(PROTECT, (found) => {
    tokens.push(found);
    return protectToken(tokens.length - 1);
  });
  return { text: masked, tokens };
}

export interface RestoredText {
  text: string;
  /** Protected texts whose token did not come back. */
  missing: string[];
}

/** Puts the protected texts back; a token the engine dropped is reported, never guessed. */
export function restoreText(text: string, tokens: readonly string[]): RestoredText {
  const seen = new Set<number>();
  const restored = text.replace(/XQT(\d+)X/g, (token, digits: string) => {
    const index = Number(digits);
    const original = tokens[index];
    if (original === undefined) return token;
    seen.add(index);
    return original;
  });
  return { text: restored, missing: tokens.filter((_, index) => !seen.has(index)) };
}
