// Pairs the numbers of a source text with those of its translation.

import type { NumberMention } from './extract-numbers.js';

export interface NumberMismatch {
  /** In the source, not found in the translation. */
  missing: NumberMention[];
  /** In the translation, not in the source. */
  added: NumberMention[];
}

/** `target` renders `source`: a shared reading, or a reading the target also answers for. */
const shares = (source: NumberMention, target: NumberMention) =>
  source.keys.some((k) => target.keys.includes(k) || target.covers?.includes(k));

/**
 * The same figures in the same order, as most translations have: each mention then pairs with its
 * twin by the first rule below, so nothing is missing or added.
 */
function sameFigures(source: readonly NumberMention[], target: readonly NumberMention[]): boolean {
  if (source.length !== target.length) return false;
  for (let i = 0; i < source.length; i++) if (source[i]!.raw !== target[i]!.raw) return false;
  return true;
}

/**
 * Matches mentions that share a reading, the least ambiguous first. A figure on one side is fine
 * when the other side spells it out (`2` ↔ `two`), and a repeated figure when its twin matched.
 * The spelled-out numbers are asked for only when something is left over.
 */
export function matchNumbers(
  source: readonly NumberMention[],
  target: readonly NumberMention[],
  spelledInSource: () => ReadonlySet<number>,
  spelledInTarget: () => ReadonlySet<number>,
): NumberMismatch {
  if (sameFigures(source, target)) return { missing: [], added: [] };
  const used = new Set<number>();
  const matchedSource: NumberMention[] = [];
  const unmatched: NumberMention[] = [];
  const order = [...source].sort((a, b) => a.keys.length - b.keys.length);
  for (const mention of order) {
    let found = target.findIndex((t, i) => !used.has(i) && t.raw === mention.raw);
    if (found < 0) found = target.findIndex((t, i) => !used.has(i) && shares(mention, t));
    if (found >= 0) {
      used.add(found);
      matchedSource.push(mention);
    } else unmatched.push(mention);
  }
  if (unmatched.length === 0 && used.size === target.length) return { missing: [], added: [] };
  const matchedTarget = target.filter((_, i) => used.has(i));
  const missing = unmatched.filter(
    (m) =>
      !matchedTarget.some((t) => shares(m, t)) && !m.values.some((v) => spelledInTarget().has(v)),
  );
  const added = target.filter(
    (t, i) =>
      !used.has(i) &&
      !matchedSource.some((s) => shares(s, t)) &&
      !t.values.some((v) => spelledInSource().has(v)),
  );
  return { missing, added };
}
