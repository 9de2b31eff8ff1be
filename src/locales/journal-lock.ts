// The lock written before the locale files, so that a crash between the writes never leaves it
// claiming a translation the files do not hold (see settleLock for the way back).

import { nestedRecord } from '../collections.js';
import type { LockEntries, LockEntry } from '../types.js';
import type { JournaledLock } from './lock.js';

/**
 * The journal of a change of the lock from `before` to `after`: what stays in `entries`, what
 * changes in `pending` (the new entry) and `previous` (the old one, or one being removed). Whether
 * a file was rewritten or not, each of its keys is claimed by at most the entry it holds.
 */
export function journalLock(
  before: LockEntries,
  after: LockEntries,
  billed?: Record<string, number>,
): JournaledLock {
  const stays: LockEntries = {};
  const pending: LockEntries = {};
  const previous: LockEntries = {};
  // A namespace that is the same object on both sides stays whole, and one that is new is pending
  // whole: the records are shared, not copied (a run journals the lock once per language).
  for (const [lang, ns, keys] of eachNamespace(after)) {
    const old = before[lang]?.[ns];
    if (old === keys || old === undefined) {
      if (hasKeys(keys)) nestedLang(old === keys ? stays : pending, lang)[ns] = keys;
      continue;
    }
    for (const [key, entry] of Object.entries(keys)) {
      const oldEntry = old[key];
      if (oldEntry && oldEntry.output === entry.output) nestedRecord(stays, lang, ns)[key] = entry;
      else {
        nestedRecord(pending, lang, ns)[key] = entry;
        if (oldEntry) nestedRecord(previous, lang, ns)[key] = oldEntry;
      }
    }
  }
  for (const [lang, ns, keys] of eachNamespace(before)) {
    const now = after[lang]?.[ns];
    if (now === keys) continue;
    for (const [key, old] of Object.entries(keys)) {
      if (!now?.[key]) nestedRecord(previous, lang, ns)[key] = old;
    }
  }
  return { version: 1, entries: stays, ...(billed ? { billed } : {}), pending, previous };
}

function* eachNamespace(
  entries: LockEntries,
): Generator<[string, string, Record<string, LockEntry>]> {
  for (const [lang, namespaces] of Object.entries(entries)) {
    for (const [ns, keys] of Object.entries(namespaces)) yield [lang, ns, keys];
  }
}

function nestedLang(record: LockEntries, lang: string): Record<string, Record<string, LockEntry>> {
  record[lang] ??= {};
  return record[lang];
}

function hasKeys(record: object): boolean {
  for (const _ in record) return true;
  return false;
}
