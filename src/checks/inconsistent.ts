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

/**
 * One source text translated two ways within a language. The majority translation is taken as
 * the intended one; when there is no majority every variant is reported.
 */
export function findInconsistencies(
  files: readonly CheckFile[],
): Array<KeyedMessage & { ns: string }> {
  const bySource = new Map<string, Use[]>();
  for (const file of files) {
    if (!file.target) continue;
    for (const [key, value] of file.target) {
      const raw = file.source.get(key);
      if (raw === undefined) continue;
      const source = normaliseSpace(raw);
      const target = normaliseSpace(value);
      if (source === '' || target === '') continue;
      const uses = bySource.get(source);
      if (uses) uses.push({ ns: file.ns, key, target });
      else bySource.set(source, [{ ns: file.ns, key, target }]);
    }
  }
  const found: Array<KeyedMessage & { ns: string }> = [];
  for (const [source, uses] of bySource) {
    const variants = new Map<string, Use[]>();
    for (const use of uses) {
      const group = variants.get(use.target);
      if (group) group.push(use);
      else variants.set(use.target, [use]);
    }
    if (variants.size < 2) continue;
    const sorted = [...variants.values()].sort((a, b) => b.length - a.length);
    const majority = sorted[0]!.length > sorted[1]!.length ? sorted[0]! : undefined;
    for (const group of sorted) {
      if (group === majority) continue;
      for (const use of group) {
        const other = (majority ?? sorted.find((g) => g !== group))!;
        if (other.some((o) => contextBase(o) === contextBase(use))) continue;
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
