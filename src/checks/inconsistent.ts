import { getOrCreate } from '../collections.js';
import { digestTranslations, usesOfVaried, variedSources } from './inconsistent-parts.js';
import { quote } from './quote.js';
import type { CheckFile, KeyedMessage, LanguageCheck } from './types.js';

/** One translation of a possibly-varied source: both texts whitespace normalised. */
export interface InconsistentUse {
  ns: string;
  key: string;
  source: string;
  target: string;
}

/** i18next context variants (`friend_male`, `friend_female`) may translate one source differently. */
function contextBase(use: InconsistentUse): string {
  return `${use.ns}:${use.key.replace(/_[^_.]+$/, '')}`;
}

/** The items grouped by `keyOf`, groups and items in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) getOrCreate(groups, keyOf(item), () => []).push(item);
  return groups;
}

/**
 * The findings for one source's translations, `variants` grouped by target (at least two). The
 * majority translation is taken as the intended one; when there is none every variant is reported.
 */
function judgeVariants<U extends InconsistentUse>(
  source: string,
  variants: U[][],
  found: Array<{ use: U; message: string }>,
): void {
  // Stable: of equally common variants the one used first comes first.
  const sorted = variants.sort((a, b) => b.length - a.length);
  const majority = sorted[0]!.length > sorted[1]!.length ? sorted[0]! : undefined;
  // A stock sentence can have thousands of uses: each group's context bases are listed once.
  const basesOf = new Map<U[], Set<string>>();
  const bases = (group: U[]) => getOrCreate(basesOf, group, () => new Set(group.map(contextBase)));
  for (const group of sorted) {
    if (group === majority) continue;
    const other = (majority ?? sorted.find((g) => g !== group))!;
    const example = other[0]!;
    for (const use of group) {
      if (bases(other).has(contextBase(use))) continue;
      const message = `${quote(source, 40)} is translated ${quote(use.target, 40)} here but ${quote(example.target, 40)} in ${example.ns}:${example.key}.`;
      found.push({ use, message });
    }
  }
}

/**
 * The findings over one language's uses of possibly-varied sources, given in file order; sources
 * are judged in the order of their first use. A source translated one way only is passed over:
 * the uses of a varied source's hash bring such sources when their hash collides.
 */
export function judgeUses<U extends InconsistentUse>(
  uses: readonly U[],
): Array<{ use: U; message: string }> {
  const found: Array<{ use: U; message: string }> = [];
  for (const [source, sameSource] of groupBy(uses, (use) => use.source)) {
    const variants = [...groupBy(sameSource, (use) => use.target).values()];
    if (variants.length > 1) judgeVariants(source, variants, found);
  }
  return found;
}

/**
 * One source text translated two ways within a language (see `judgeUses`): the parts' path
 * (inconsistent-parts.ts) with one part, where a source's targets are all compared as text.
 * Hashing each text once beats normalising every pair twice and keying a Map by the texts.
 */
export function findInconsistencies(
  files: readonly CheckFile[],
): Array<KeyedMessage & { ns: string }> {
  const varied = variedSources([digestTranslations(files)]);
  const uses = usesOfVaried(files, varied);
  return judgeUses(uses).map(({ use, message }) => ({ ns: use.ns, key: use.key, message }));
}

export const inconsistentCheck: LanguageCheck = {
  id: 'inconsistent',
  severity: 'warning',
  scope: 'language',
  check: findInconsistencies,
};
