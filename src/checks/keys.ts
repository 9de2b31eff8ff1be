import { familyId, findPluralFamilies, parsePluralKey } from './plural-keys.js';
import type { CheckFile, FileCheck, KeyedMessage } from './types.js';

/** Plural family ids of the source, whose members the `plural` check compares instead. */
function sourceFamilies(file: CheckFile): Set<string> {
  return new Set(findPluralFamilies(file.source.keys()).keys());
}

function familyOf(key: string): string | undefined {
  const parsed = parsePluralKey(key);
  return parsed ? familyId(parsed.base, parsed.ordinal) : undefined;
}

/** Every key of `target` is a key of `source`: true of most files, found in one walk over the keys. */
function isTargetWithinSource(
  source: ReadonlyMap<string, string>,
  target: ReadonlyMap<string, string>,
): boolean {
  for (const key of target.keys()) if (!source.has(key)) return false;
  return true;
}

/** A source key without a translation. A partly present plural family is the `plural` check's. */
export function findMissingKeys(file: CheckFile): KeyedMessage[] {
  const target = file.target;
  if (!target) {
    return [...file.source.keys()].map((key) => ({
      key,
      message: `There is no ${file.lang} file for this namespace. Run \`tolk translate\`.`,
    }));
  }
  // As many keys, all of them the source's: the same keys, none missing.
  if (target.size === file.source.size && isTargetWithinSource(file.source, target)) return [];
  // Most files lack no key: the plural families are worked out only for a file that does.
  let families: Set<string> | undefined;
  let presentFamilies: Set<string | undefined> | undefined;
  const missing: KeyedMessage[] = [];
  for (const key of file.source.keys()) {
    if (target.has(key)) continue;
    const family = familyOf(key);
    if (family) {
      families ??= sourceFamilies(file);
      presentFamilies ??= new Set(
        [...target.keys()].map(familyOf).filter((id) => id !== undefined),
      );
      if (families.has(family) && presentFamilies.has(family)) continue;
    }
    missing.push({
      key,
      message: `The key is missing from ${file.lang}. Run \`tolk translate\`, or translate it by hand.`,
    });
  }
  return missing;
}

/** A translated key the source does not have: renamed or deleted in the source, or a typo. */
export function findExtraKeys(file: CheckFile): KeyedMessage[] {
  if (!file.target || isTargetWithinSource(file.source, file.target)) return [];
  // Most files have no extra key: the source's plural families are worked out only for one that does.
  let families: Set<string> | undefined;
  const extra: KeyedMessage[] = [];
  for (const key of file.target.keys()) {
    if (file.source.has(key)) continue;
    const parsed = parsePluralKey(key);
    if (parsed) {
      families ??= sourceFamilies(file);
      if (families.has(familyOf(key)!) || file.source.has(parsed.base)) continue;
    }
    extra.push({
      key,
      message:
        'The source has no such key. Delete it, or rename it to the source key it translates.',
    });
  }
  return extra;
}

export const missingKeyCheck: FileCheck = {
  id: 'missing-key',
  severity: 'error',
  scope: 'file',
  check: findMissingKeys,
};

export const extraKeyCheck: FileCheck = {
  id: 'extra-key',
  severity: 'warning',
  scope: 'file',
  check: findExtraKeys,
};
