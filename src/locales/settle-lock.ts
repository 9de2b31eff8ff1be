import type { LockEntries, LockEntry } from '../types.js';
import type { JournaledLock } from './lock.js';

/** Keys that would reach Object.prototype if used as property names. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Folds the journal into the lock. For each key a run was writing, the locale file decides: it holds
 * the pending entry's output (the run wrote it before it died) or the previous entry's (it did not);
 * holding neither, the key keeps no entry, and its value counts as a person's edit.
 */
export function settleLock(
  lock: JournaledLock,
  valueHash: (lang: string, ns: string, key: string) => string | undefined,
): LockEntries {
  // Copied only where the journal changes something: a settled lock without one is the lock itself
  // (at newsroom scale a deep copy of every entry cost more than the rest of reading it).
  const entries: LockEntries = { ...lock.entries };
  const copied = new Set<object>();
  const writable = (lang: string, ns: string): Record<string, LockEntry> => {
    let namespaces = entries[lang];
    if (!namespaces || !copied.has(namespaces)) {
      namespaces = { ...namespaces };
      entries[lang] = namespaces;
      copied.add(namespaces);
    }
    let keys = namespaces[ns];
    if (!keys || !copied.has(keys)) {
      keys = { ...keys };
      namespaces[ns] = keys;
      copied.add(keys);
    }
    return keys;
  };
  for (const [lang, ns, key] of journalKeys(lock)) {
    if (UNSAFE.has(lang) || UNSAFE.has(ns) || UNSAFE.has(key)) continue;
    const hash = valueHash(lang, ns, key);
    const next = lock.pending?.[lang]?.[ns]?.[key];
    const previous = lock.previous?.[lang]?.[ns]?.[key];
    const chosen =
      next && next.output === hash
        ? next
        : previous && previous.output === hash
          ? previous
          : undefined;
    if (chosen) writable(lang, ns)[key] = chosen;
    else if (previous && entries[lang]?.[ns]?.[key] !== undefined) delete writable(lang, ns)[key];
  }
  return entries;
}

function* journalKeys(lock: JournaledLock): Generator<[string, string, string]> {
  const seen = new Set<string>();
  for (const part of [lock.pending, lock.previous]) {
    for (const [lang, namespaces] of Object.entries(part ?? {})) {
      for (const [ns, keys] of Object.entries(namespaces)) {
        for (const key of Object.keys(keys)) {
          const id = JSON.stringify([lang, ns, key]);
          if (seen.has(id)) continue;
          seen.add(id);
          yield [lang, ns, key];
        }
      }
    }
  }
}
