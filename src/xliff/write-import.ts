// Writes an import the way `tolk translate` writes a run: the lock's journal first, then the
// locale files (atomically), then the lock, so a crash at any point leaves files a rerun trusts.

import { nestedRecord } from '../collections.js';
import { type JournaledLock, journalLock, writeLocaleFile, writeLock } from '../locales/index.js';
import type { LockEntries } from '../types.js';
import type { ImportPlan } from './plan-import.js';
import type { LanguageState } from './project-state.js';

export async function writeXliffImport(
  lockFile: string,
  state: LanguageState,
  plan: ImportPlan,
): Promise<void> {
  if (plan.updates.length === 0) return;
  const entries: LockEntries = structuredClone(state.entries);
  for (const update of plan.updates) {
    nestedRecord(entries, plan.lang, update.ns)[update.key] = update.entry;
  }
  const billed = state.lock.billed ? { billed: state.lock.billed } : {};
  // Changed keys leave `entries` for `pending`/`previous`: true of the files before and after.
  await writeLock(lockFile, journalLock(state.entries, entries, state.lock.billed));
  for (const ns of state.namespaces) {
    const updates = new Map(
      plan.updates.filter((u) => u.ns === ns.ns).map((u) => [u.key, u.value] as const),
    );
    if (updates.size === 0) continue;
    await writeLocaleFile(ns.file, orderValues(ns.segments, ns.values, updates));
  }
  const done: JournaledLock = { version: 1, entries, ...billed };
  await writeLock(lockFile, done);
}

/** Document order for the source's keys; keys only the file has (added by hand) stay, at the end. */
function orderValues(
  segments: readonly { key: string }[],
  current: ReadonlyMap<string, string> | undefined,
  updates: ReadonlyMap<string, string>,
): Array<[string, string]> {
  const values: Array<[string, string]> = [];
  const known = new Set<string>();
  for (const { key } of segments) {
    known.add(key);
    const value = updates.get(key) ?? current?.get(key);
    if (value !== undefined) values.push([key, value]);
  }
  for (const [key, value] of current ?? []) if (!known.has(key)) values.push([key, value]);
  return values;
}
