import type { LockEntries } from '../types.js';
import type { JournaledLock } from './lock.js';

/** Keys that would reach Object.prototype if used as property names. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Folds the journal into the lock: a pending entry counts only if the locale file now holds its output
 * (the run wrote the file before it died); otherwise it is dropped.
 */
export function settleLock(
  lock: JournaledLock,
  valueHash: (lang: string, ns: string, key: string) => string | undefined,
): LockEntries {
  const entries: LockEntries = structuredClone(lock.entries);
  for (const [lang, namespaces] of Object.entries(lock.pending ?? {})) {
    for (const [ns, keys] of Object.entries(namespaces)) {
      for (const [key, entry] of Object.entries(keys)) {
        if (UNSAFE.has(lang) || UNSAFE.has(ns) || UNSAFE.has(key)) continue;
        if (valueHash(lang, ns, key) !== entry.output) continue;
        entries[lang] ??= {};
        entries[lang][ns] ??= {};
        entries[lang][ns][key] = entry;
      }
    }
  }
  return entries;
}
