// What must hold after any stop, however abrupt: every locale file and the lock are whole, valid
// JSON, and the lock claims no translation the files do not hold.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashText } from '../../../src/locales/hash.js';
import { parseLocaleJson } from '../../../src/locales/parse-json.js';

export interface Integrity {
  /** Broken promises: partial or invalid files, false lock claims. Must be empty. */
  problems: string[];
  /** lang → ns → key → value of every locale file. */
  values: Map<string, Map<string, Map<string, string>>>;
  /** Lock entries (lang/ns/key) whose output hash the file holds. */
  locked: number;
  /** Temporary files of an atomic write a kill left behind. */
  leftovers: string[];
  /** Locale files and lock read whole. */
  wholeFiles: number;
}

interface LockFile {
  version: number;
  entries: Record<string, Record<string, Record<string, { output: string }>>>;
}

export function checkIntegrity(dir: string, localesDir = 'locales', lockFile = 'tolk.lock.json') {
  const result: Integrity = {
    problems: [],
    values: new Map(),
    locked: 0,
    leftovers: [],
    wholeFiles: 0,
  };
  readLocales(join(dir, localesDir), result);
  const lockPath = join(dir, lockFile);
  if (!existsSync(lockPath)) return result;
  let lock: LockFile;
  try {
    lock = JSON.parse(readFileSync(lockPath, 'utf8')) as LockFile;
  } catch (error) {
    result.problems.push(`${lockFile}: not valid JSON (${(error as Error).message})`);
    return result;
  }
  if (lock.version !== 1 || typeof lock.entries !== 'object' || lock.entries === null) {
    result.problems.push(`${lockFile}: not a tolk lock`);
    return result;
  }
  result.wholeFiles++;
  for (const [lang, namespaces] of Object.entries(lock.entries)) {
    for (const [ns, keys] of Object.entries(namespaces)) {
      for (const [key, entry] of Object.entries(keys)) {
        const value = result.values.get(lang)?.get(ns)?.get(key);
        if (value === undefined) {
          result.problems.push(`lock claims ${lang}/${ns} ${key}, which the file does not hold`);
        } else if (hashText(value) !== entry.output) {
          result.problems.push(`lock claims another translation of ${lang}/${ns} ${key}`);
        } else result.locked++;
      }
    }
  }
  return result;
}

function readLocales(root: string, result: Integrity): void {
  if (!existsSync(root)) return;
  for (const lang of readdirSync(root)) {
    const byNs = new Map<string, Map<string, string>>();
    result.values.set(lang, byNs);
    for (const name of readdirSync(join(root, lang))) {
      const path = join(root, lang, name);
      if (name.startsWith('.')) {
        result.leftovers.push(`${lang}/${name}`);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const text = readFileSync(path, 'utf8');
      try {
        JSON.parse(text);
        byNs.set(name.slice(0, -5), parseLocaleJson(text, path).values);
        result.wholeFiles++;
      } catch (error) {
        result.problems.push(
          `${lang}/${name}: not a whole locale file (${(error as Error).message})`,
        );
      }
    }
  }
}

/** Keys whose value differs from (or is missing against) the reference run's files. */
export function compareValues(
  actual: Integrity['values'],
  expected: Integrity['values'],
): string[] {
  const differences: string[] = [];
  for (const [lang, byNs] of expected) {
    for (const [ns, values] of byNs) {
      for (const [key, value] of values) {
        const got = actual.get(lang)?.get(ns)?.get(key);
        if (got === undefined) differences.push(`missing ${lang}/${ns} ${key}`);
        else if (got !== value) differences.push(`different ${lang}/${ns} ${key}`);
      }
    }
  }
  return differences;
}
