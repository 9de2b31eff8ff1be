// The lock is read from disk, where a merge, a tool or a hand may have broken it: every level is
// checked before use, and keys that would reach Object.prototype are refused.

import { UserError } from '../errors.js';
import type { LockEntries, LockEntry } from '../types.js';
import type { JournaledLock } from './lock.js';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** The lock in `data` if it is a well-formed tolk lock; otherwise a UserError at the offending line. */
export function checkLock(data: unknown, text: string, file: string): JournaledLock {
  const fail = (why: string, key?: string): never => {
    const at = key === undefined ? -1 : text.indexOf(JSON.stringify(key));
    const line = at < 0 ? undefined : text.slice(0, at).split('\n').length;
    throw new UserError(
      `Could not read the lock: ${why}. Restore it from git (git checkout -- the file), or delete it to treat every translation as new.`,
      { position: { file, ...(line === undefined ? {} : { line }) } },
    );
  };
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.entries)) {
    fail('it is not a tolk lock (expected {"version": 1, "entries": {…}})');
  }
  const lock = data as Record<string, unknown>;
  const checked: JournaledLock = {
    version: 1,
    entries: checkEntries(lock.entries, 'entries', fail),
  };
  if (lock.pending !== undefined) checked.pending = checkEntries(lock.pending, 'pending', fail);
  if (lock.previous !== undefined) checked.previous = checkEntries(lock.previous, 'previous', fail);
  if (lock.billed !== undefined) {
    if (!isRecord(lock.billed)) fail('"billed" is not a map of provider to characters', 'billed');
    const billed: Record<string, number> = {};
    for (const [name, count] of Object.entries(lock.billed as Record<string, unknown>)) {
      if (UNSAFE.has(name)) fail(`the key "${name}" is not allowed`, name);
      if (typeof count !== 'number' || !Number.isFinite(count)) {
        fail(`billed "${name}" is not a number`, name);
      }
      billed[name] = count as number;
    }
    checked.billed = billed;
  }
  return checked;
}

function checkEntries(
  value: unknown,
  field: string,
  fail: (why: string, key?: string) => never,
): LockEntries {
  const entries: LockEntries = {};
  for (const [lang, namespaces] of safeEntries(value, field, fail)) {
    entries[lang] = {};
    for (const [ns, keys] of safeEntries(namespaces, `${field}.${lang}`, fail)) {
      entries[lang][ns] = checkKeys(keys, `${field}.${lang}.${ns}`, fail);
    }
  }
  return entries;
}

/**
 * One namespace's entries. As tolk writes them they are used as read: copying a newsroom's lock
 * entry by entry (hundreds of thousands) was most of reading it. Only a namespace with an entry
 * that holds other fields, or its fields in another order, is copied field by field.
 */
function checkKeys(
  value: unknown,
  field: string,
  fail: (why: string, key?: string) => never,
): Record<string, LockEntry> {
  if (!isRecord(value)) fail(`"${field}" is not an object`);
  const keys = value as Record<string, unknown>;
  let asWritten = true;
  for (const key of Object.keys(keys)) {
    if (UNSAFE.has(key)) {
      fail(
        `the key "${key}" in "${field}" is not allowed (it would reach the object prototype)`,
        key,
      );
    }
    const entry = keys[key];
    if (
      !isRecord(entry) ||
      typeof entry.source !== 'string' ||
      typeof entry.output !== 'string' ||
      typeof entry.by !== 'string' ||
      (entry.terms !== undefined && typeof entry.terms !== 'string') ||
      (entry.stale !== undefined && entry.stale !== true)
    ) {
      fail(`${field} "${key}" is not a lock entry ({ "source", "output", "by" })`, key);
    }
    if (asWritten && !hasWrittenFields(entry)) asWritten = false;
  }
  if (asWritten) return keys as Record<string, LockEntry>;
  const copy: Record<string, LockEntry> = {};
  for (const [key, entry] of Object.entries(keys)) {
    const { source, output, by, terms, stale } = entry as Record<string, string | true>;
    copy[key] = {
      source: source as string,
      output: output as string,
      by: by as string,
      ...(terms === undefined ? {} : { terms: terms as string }),
      ...(stale === true ? { stale: true as const } : {}),
    };
  }
  return copy;
}

const FIELDS = ['source', 'output', 'by', 'terms', 'stale'];

/** Only the fields of a lock entry, in the order `formatEntry` writes them. */
function hasWrittenFields(entry: Record<string, unknown>): boolean {
  let next = 0;
  for (const name in entry) {
    while (next < FIELDS.length && FIELDS[next] !== name) next++;
    if (next === FIELDS.length) return false;
    next++;
  }
  return true;
}

function safeEntries(
  value: unknown,
  field: string,
  fail: (why: string, key?: string) => never,
): Array<[string, unknown]> {
  if (!isRecord(value)) fail(`"${field}" is not an object`);
  const pairs = Object.entries(value as Record<string, unknown>);
  for (const [key] of pairs) {
    if (UNSAFE.has(key))
      fail(
        `the key "${key}" in "${field}" is not allowed (it would reach the object prototype)`,
        key,
      );
  }
  return pairs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
