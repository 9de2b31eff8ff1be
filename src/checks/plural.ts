import {
  familyId,
  findPluralFamilies,
  neededCategories,
  parsePluralKey,
  pluralKeyOf,
} from './plural-keys.js';
import type { CheckFile, FileCheck, KeyedMessage } from './types.js';

/**
 * Each plural family has exactly the CLDR categories the target language needs (`uk`: one, few,
 * many, other). `_zero` is always allowed: i18next uses it for a count of 0 in any language.
 */
export function findPluralProblems(file: CheckFile): KeyedMessage[] {
  const target = file.target;
  if (!target) return [];
  const source = findPluralFamilies(file.source.keys());
  const problems: KeyedMessage[] = [];
  const targetFamilies = new Map<string, Set<string>>();
  for (const key of target.keys()) {
    const parsed = parsePluralKey(key);
    if (!parsed) continue;
    const id = familyId(parsed.base, parsed.ordinal);
    const set = targetFamilies.get(id) ?? new Set<string>();
    set.add(parsed.category);
    targetFamilies.set(id, set);
    if (!source.has(id) && file.source.has(parsed.base)) {
      problems.push({
        key,
        message: `"${parsed.base}" is not plural in the source; this plural form is never used.`,
      });
    }
  }
  for (const [id, family] of source) {
    const present = targetFamilies.get(id);
    // A family with no forms at all is reported key by key as missing.
    if (!present) continue;
    const needed = neededCategories(file.lang, family.ordinal);
    const kind = family.ordinal ? 'ordinal' : 'plural';
    for (const category of needed) {
      if (present.has(category)) continue;
      problems.push({
        key: pluralKeyOf(family.base, family.ordinal, category),
        message: `${file.lang} needs the "${category}" ${kind} form of "${family.base}" (CLDR: ${[...needed].join(', ')}).`,
      });
    }
    for (const category of present) {
      if (needed.has(category) || category === 'zero') continue;
      problems.push({
        key: pluralKeyOf(family.base, family.ordinal, category),
        message: `${file.lang} has no "${category}" ${kind} form (CLDR: ${[...needed].join(', ')}); i18next never uses this key.`,
      });
    }
  }
  return problems;
}

export const pluralCheck: FileCheck = {
  id: 'plural',
  severity: 'error',
  scope: 'file',
  check: findPluralProblems,
};
