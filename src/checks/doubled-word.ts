import { maskedOf } from './analysis.js';
import { primaryLanguage } from './language/profiles.js';
import { isLetterUnit, isSurrogate } from './text/letters.js';
import type { CheckEntry, EntryCheck } from './types.js';

// Doublings that grammar allows: German relative "die die", English "had had", Scandinavian "det det".
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['die', 'der', 'das', 'den', 'dem', 'des']),
  en: new Set(['had', 'that']),
  nl: new Set(['dat', 'die']),
  fr: new Set(['nous', 'vous']),
  sv: new Set(['det', 'att']),
  nb: new Set(['det']),
  nn: new Set(['det']),
  da: new Set(['det']),
};
const WORD = /[\p{L}\p{M}]+/gu;

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/**
 * Per code unit of a text before lower-casing: 0 not yet known; 1 or 2 its lower case is one code
 * unit (in `LOWER`), a letter or mark (1) or not (2); 3 a unit `toLowerCase` may not map on its
 * own to one unit: a surrogate, `İ` (two units) and `Σ` (`ς` at the end of a word, else `σ`).
 */
const KIND = new Uint8Array(0x10000);
const LOWER = new Uint16Array(0x10000);
const UNSURE = 3;

function kindOf(code: number): number {
  let kind = KIND[code]!;
  if (kind === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (isSurrogate(code) || code === 0x3a3 || lower.length !== 1) kind = UNSURE;
    else {
      LOWER[code] = lower.charCodeAt(0);
      kind = isLetterUnit(LOWER[code]!) ? 1 : 2;
    }
    KIND[code] = kind;
  }
  return kind;
}

// ASCII small letters are known from the start: mayHaveDoubling passes over them without the
// table, and sameLowered reads them from it.
for (let code = 0x61; code <= 0x7a; code++) kindOf(code);

/**
 * Whether the lower-cased text may hold a word, whitespace and the same word: false only when it
 * certainly does not, for the many texts without one. Walks the text by code unit, each read in
 * lower case from `LOWER`, without lower-casing the text or building its words. A unit that does
 * not lower-case on its own to one unit: true, the full scan decides.
 */
function mayHaveDoubling(text: string): boolean {
  const length = text.length;
  let previousStart = -1;
  let previousEnd = -1;
  let i = 0;
  for (;;) {
    let kind = 2;
    for (; i < length; i++) {
      kind = kindAt(text, i);
      if (kind !== 2) break;
    }
    if (i === length) return false;
    if (kind === UNSURE) return true;
    const start = i;
    // Most units of a word are ASCII small letters: told without the table.
    for (i++; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x61 && code <= 0x7a) continue;
      kind = kindAt(text, i);
      if (kind !== 1) break;
    }
    if (kind === UNSURE) return true;
    if (previousEnd >= 0 && isDoubling(text, previousStart, previousEnd, start, i)) return true;
    previousStart = start;
    previousEnd = i;
  }
}

/** `kindOf` the unit at `at`, the table read in line: this is read for every unit of a text. */
function kindAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  const kind = KIND[code]!;
  return kind === 0 ? kindOf(code) : kind;
}

function isDoubling(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  return sameLowered(text, a, aEnd, b, bEnd) && onlySpaceLowered(text, aEnd, b);
}

/** Whether two words of the text are the same in lower case; every unit known and sure. */
function sameLowered(text: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++)
    if (LOWER[text.charCodeAt(a + i)] !== LOWER[text.charCodeAt(b + i)]) return false;
  return true;
}

/** `onlySpace` of the lower-cased text; every unit known and sure. */
function onlySpaceLowered(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (!/\s/.test(String.fromCharCode(LOWER[text.charCodeAt(i)]!))) return false;
  return true;
}

/** Words repeated with only whitespace between them. */
function doublings(masked: string): string[] {
  const found: string[] = [];
  if (!mayHaveDoubling(masked)) return found;
  const lower = masked.toLowerCase();
  let previous = '';
  let previousEnd = -1;
  for (const m of lower.matchAll(WORD)) {
    if (m[0] === previous && onlySpace(lower, previousEnd, m.index)) found.push(m[0]);
    previous = m[0];
    previousEnd = m.index + m[0].length;
  }
  return found;
}

/** A word written twice in a row (`the the`), unless grammar allows it or the source repeats too. */
export function checkDoubledWord(entry: CheckEntry): string[] {
  const found = doublings(maskedOf(entry, 'target'));
  if (found.length === 0) return [];
  // A source that repeats a word on purpose ("mycket, mycket", "hej hej") may be echoed.
  if (entry.analyse('source', 'doublings', () => doublings(maskedOf(entry, 'source'))).length > 0)
    return [];
  const allowed = ALLOWED[primaryLanguage(entry.lang)];
  const wrong = found.filter((w) => !allowed?.has(w));
  if (wrong.length === 0) return [];
  return [`"${wrong[0]} ${wrong[0]}": a word is doubled.`];
}

export const doubledWordCheck: EntryCheck = {
  id: 'doubled-word',
  severity: 'warning',
  scope: 'entry',
  textOnly: true,
  check: checkDoubledWord,
};
