import { getOrCreate } from '../collections.js';
import { quote } from './quote.js';
import { normaliseSpace } from './text/space.js';
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

/**
 * Each translated pair of a language's files, whitespace normalised, in file order.
 * Shared by the whole-language check and its parts (inconsistent-parts.ts).
 */
export function forEachPair(
  files: readonly CheckFile[],
  visit: (file: CheckFile, key: string, source: string, target: string) => void,
): void {
  for (const file of files) {
    if (!file.target) continue;
    for (const [key, value] of file.target) {
      const raw = file.source.get(key);
      if (raw === undefined) continue;
      const source = normaliseSpace(raw);
      const target = normaliseSpace(value);
      if (source === '' || target === '') continue;
      visit(file, key, source, target);
    }
  }
}

/** In file order, the uses of the sources `isVaried` accepts, with the file each comes from. */
export function usesWhere(
  files: readonly CheckFile[],
  isVaried: (source: string) => boolean,
): Array<InconsistentUse & { file: CheckFile }> {
  const uses: Array<InconsistentUse & { file: CheckFile }> = [];
  forEachPair(files, (file, key, source, target) => {
    if (isVaried(source)) uses.push({ ns: file.ns, key, source, target, file });
  });
  return uses;
}

/**
 * Per source, in first-use order: its first translation, or null once it is translated another
 * way too. Most sources are used once or translated alike: this one pass keeps one translation
 * per source, so the uses are gathered afterwards only for the few others.
 */
export function firstTargets(files: readonly CheckFile[]): Map<string, string | null> {
  const first = new Map<string, string | null>();
  forEachPair(files, (_file, _key, source, target) => {
    const known = first.get(source);
    if (known === undefined) first.set(source, target);
    else if (known !== null && known !== target) first.set(source, null);
  });
  return first;
}

/** The sources translated more than one way. */
function findVariedSources(files: readonly CheckFile[]): Set<string> {
  const varied = new Set<string>();
  for (const [source, target] of firstTargets(files)) if (target === null) varied.add(source);
  return varied;
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
 * the parts path (inconsistent-parts.ts) brings such sources when their hash collides.
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

/** One source text translated two ways within a language (see `judgeUses`). */
export function findInconsistencies(
  files: readonly CheckFile[],
): Array<KeyedMessage & { ns: string }> {
  const varied = findVariedSources(files);
  if (varied.size === 0) return [];
  const uses = usesWhere(files, (source) => varied.has(source));
  return judgeUses(uses).map(({ use, message }) => ({ ns: use.ns, key: use.key, message }));
}

export const inconsistentCheck: LanguageCheck = {
  id: 'inconsistent',
  severity: 'warning',
  scope: 'language',
  check: findInconsistencies,
};
