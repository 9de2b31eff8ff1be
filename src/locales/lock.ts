// The lock remembers, per language, namespace and key, what each translation was made from and by whom.
// It is committed beside the locale files, so it is printed one entry per line, sorted, for small diffs.

import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { createPause } from '../pause.js';
import type { Lock, LockEntries, LockEntry } from '../types.js';
import { checkLock } from './check-lock.js';
import { writeFileAtomic } from './write-atomic.js';

export function emptyLock(): Lock {
  return { version: 1, entries: {} };
}

/**
 * The lock as a journal, written before the locale files: `entries` holds only what stays the same,
 * `pending` the entries being written and `previous` the ones they replace or remove. Each key counts
 * by whichever of the two the locale file holds (`settleLock`), so a crash between the writes never
 * leaves the lock claiming a translation the files do not hold.
 */
export interface JournaledLock extends Lock {
  pending?: LockEntries;
  previous?: LockEntries;
}

export async function readLock(file: string): Promise<JournaledLock> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLock();
    throw new UserError(
      `Could not read the lock: ${(error as Error).message}. Make it a readable file (or fix "lock" in tolk.config.yaml).`,
      { position: { file }, cause: error },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // A merge conflict or a cut write: point at the line JSON.parse stopped on.
    const at = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(at) ? undefined : text.slice(0, at).split('\n').length;
    throw new UserError(
      `Could not read the lock: it is not valid JSON (${(error as Error).message}). Restore it from git (git checkout -- the file) or delete it to treat every translation as new.`,
      { position: { file, ...(line === undefined ? {} : { line }) }, cause: error },
    );
  }
  return checkLock(data, text, file);
}

export async function writeLock(
  file: string,
  lock: JournaledLock,
  printed?: PrintedNamespaces,
): Promise<void> {
  if (printed) await printAhead(lock, printed);
  await writeFileAtomic(file, lockText(lock, printed));
}

/** Prints the namespaces not printed yet, pausing now and then: a run writes while it translates. */
async function printAhead(lock: JournaledLock, printed: PrintedNamespaces): Promise<void> {
  const pause = createPause();
  for (const part of [lock.entries, lock.pending, lock.previous]) {
    for (const namespaces of Object.values(part ?? {})) {
      for (const keys of Object.values(namespaces)) {
        formatKeys(keys, printed);
        await pause();
      }
    }
  }
}

/**
 * The printed text of namespaces' entries, by the object that holds them. A run writes the lock once
 * per language: the namespaces it did not change are the same objects, printed once. Only for
 * records that are never changed after they are printed.
 */
export type PrintedNamespaces = WeakMap<Record<string, LockEntry>, string>;

export function formatLock(lock: JournaledLock, printed?: PrintedNamespaces): string {
  return [...lockText(lock, printed)].join('');
}

/** The lock's text in pieces, in order: written as it comes, never held whole (13 MB at 500 articles). */
function* lockText(lock: JournaledLock, printed?: PrintedNamespaces): Generator<string> {
  yield '{\n  "version": 1,\n  "entries": ';
  yield* entriesText(lock.entries, printed);
  if (lock.billed && Object.keys(lock.billed).length > 0) {
    yield `,\n  "billed": ${JSON.stringify(sortObject(lock.billed))}`;
  }
  if (lock.pending && Object.keys(lock.pending).length > 0) {
    yield ',\n  "pending": ';
    yield* entriesText(lock.pending, printed);
  }
  if (lock.previous && Object.keys(lock.previous).length > 0) {
    yield ',\n  "previous": ';
    yield* entriesText(lock.previous, printed);
  }
  yield '\n}\n';
}

function* entriesText(entries: LockEntries, printed?: PrintedNamespaces): Generator<string> {
  const langs = Object.keys(entries).sort();
  if (langs.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [i, lang] of langs.entries()) {
    const namespaces = entries[lang] ?? {};
    yield `${i === 0 ? '' : ',\n'}    ${JSON.stringify(lang)}: {\n`;
    for (const [j, ns] of Object.keys(namespaces).sort().entries()) {
      yield `${j === 0 ? '' : ',\n'}      ${JSON.stringify(ns)}: `;
      yield formatKeys(namespaces[ns] ?? {}, printed);
    }
    yield '\n    }';
  }
  yield '\n  }';
}

function formatKeys(keys: Record<string, LockEntry>, printed?: PrintedNamespaces): string {
  let text = printed?.get(keys);
  if (text === undefined) {
    const keyLines = Object.keys(keys)
      .sort()
      .map((key) => `        ${JSON.stringify(key)}: ${formatEntry(keys[key]!)}`);
    text = `{\n${keyLines.join(',\n')}\n      }`;
    printed?.set(keys, text);
  }
  return text;
}

function formatEntry(entry: LockEntry): string {
  const ordered: LockEntry = { source: entry.source, output: entry.output, by: entry.by };
  if (entry.terms) ordered.terms = entry.terms;
  if (entry.stale) ordered.stale = true;
  const fields = Object.entries(ordered).map(
    ([name, value]) => `"${name}": ${JSON.stringify(value)}`,
  );
  return `{ ${fields.join(', ')} }`;
}

function sortObject<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
