import { maskedOf } from './analysis.js';
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

/** Words repeated with only whitespace between them. */
function doublings(masked: string): string[] {
  const found: string[] = [];
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
  const allowed = ALLOWED[(entry.lang.split(/[-_]/)[0] ?? '').toLowerCase()];
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
