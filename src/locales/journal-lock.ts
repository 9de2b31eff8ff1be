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
  for (const [lang, ns, key, entry] of eachEntry(after)) {
    const old = before[lang]?.[ns]?.[key];
    if (old && old.output === entry.output) nestedRecord(stays, lang, ns)[key] = entry;
    else {
      nestedRecord(pending, lang, ns)[key] = entry;
      if (old) nestedRecord(previous, lang, ns)[key] = old;
    }
  }
  for (const [lang, ns, key, old] of eachEntry(before)) {
    if (!after[lang]?.[ns]?.[key]) nestedRecord(previous, lang, ns)[key] = old;
  }
  return { version: 1, entries: stays, ...(billed ? { billed } : {}), pending, previous };
}

function* eachEntry(entries: LockEntries): Generator<[string, string, string, LockEntry]> {
  for (const [lang, namespaces] of Object.entries(entries)) {
    for (const [ns, keys] of Object.entries(namespaces)) {
      for (const [key, entry] of Object.entries(keys)) yield [lang, ns, key, entry];
    }
  }
}
