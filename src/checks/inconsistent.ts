import { getOrCreate } from '../collections.js';
import { quote } from './quote.js';
import { normaliseSpace } from './text/space.js';
import type { CheckFile, KeyedMessage, LanguageCheck } from './types.js';

interface Use {
  ns: string;
  key: string;
  target: string;
}

/** i18next context variants (`friend_male`, `friend_female`) may translate one source differently. */
function contextBase(use: Use): string {
  return `${use.ns}:${use.key.replace(/_[^_.]+$/, '')}`;
}

/** Each translated pair of a language's files, whitespace normalised, in file order. */
function forEachPair(
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

/**
 * The sources translated more than one way. Most sources are used once or translated alike: a
 * first pass keeps one translation per source, so the uses are gathered only for the few others.
 */
function findVariedSources(files: readonly CheckFile[]): Set<string> {
  const firstTarget = new Map<string, string>();
  const varied = new Set<string>();
  forEachPair(files, (_file, _key, source, target) => {
    const first = firstTarget.get(source);
    if (first === undefined) firstTarget.set(source, target);
    else if (first !== target) varied.add(source);
  });
  return varied;
}

/**
 * One source text translated two ways within a language. The majority translation is taken as
 * the intended one; when there is no majority every variant is reported.
 */
export function findInconsistencies(
  files: readonly CheckFile[],
): Array<KeyedMessage & { ns: string }> {
  const varied = findVariedSources(files);
  const found: Array<KeyedMessage & { ns: string }> = [];
  if (varied.size === 0) return found;
  const bySource = new Map<string, Use[]>();
  forEachPair(files, (file, key, source, target) => {
    if (!varied.has(source)) return;
    const uses = bySource.get(source);
    if (uses) uses.push({ ns: file.ns, key, target });
    else bySource.set(source, [{ ns: file.ns, key, target }]);
  });
  for (const [source, uses] of bySource) {
    const variants = new Map<string, Use[]>();
    for (const use of uses) {
      const group = variants.get(use.target);
      if (group) group.push(use);
      else variants.set(use.target, [use]);
    }
    const sorted = [...variants.values()].sort((a, b) => b.length - a.length);
    const majority = sorted[0]!.length > sorted[1]!.length ? sorted[0]! : undefined;
    // A stock sentence can have thousands of uses: each group's context bases are listed once.
    const basesOf = new Map<Use[], Set<string>>();
    const bases = (group: Use[]) =>
      getOrCreate(basesOf, group, () => new Set(group.map(contextBase)));
    for (const group of sorted) {
      if (group === majority) continue;
      const other = (majority ?? sorted.find((g) => g !== group))!;
      for (const use of group) {
        if (bases(other).has(contextBase(use))) continue;
        const example = other[0]!;
        found.push({
          ns: use.ns,
          key: use.key,
          message: `${quote(source, 40)} is translated ${quote(use.target, 40)} here but ${quote(example.target, 40)} in ${example.ns}:${example.key}.`,
        });
      }
    }
  }
  return found;
}

export const inconsistentCheck: LanguageCheck = {
  id: 'inconsistent',
  severity: 'warning',
  scope: 'language',
  check: findInconsistencies,
};
