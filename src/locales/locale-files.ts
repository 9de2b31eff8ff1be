import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { formatLocaleJson } from './format-json.js';
import { type FlatLocale, parseLocaleBytes, parseLocaleJson } from './parse-json.js';
import { writeFileAtomic } from './write-atomic.js';

export interface LocaleFileRef {
  lang: string;
  ns: string;
  file: string;
}

export function localeFilePath(localesDir: string, lang: string, ns: string): string {
  return join(localesDir, lang, `${ns}.json`);
}

/** The flattened translations of a locale file with each key's line; undefined when the file does not exist. */
export async function readLocaleFileWithLines(file: string): Promise<FlatLocale | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return missingOrFail(error, file);
  }
  return parseLocaleBytes(bytes, file);
}

/**
 * `readLocaleFileWithLines`, synchronously. For reading thousands of files in a row (`tolk check`
 * over a newsroom's archive): a read through the thread pool costs several times the CPU of a
 * synchronous one, and the files are small and usually in the page cache.
 */
export function readLocaleFileWithLinesSync(file: string): FlatLocale | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return missingOrFail(error, file);
  }
  return parseLocaleBytes(bytes, file);
}

function missingOrFail(error: unknown, file: string): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  throw new UserError(
    `Could not read the locale file: ${(error as Error).message}. Check its permissions.`,
    {
      position: { file },
      cause: error,
    },
  );
}

/** Flattened dotted key → translation, in file order; undefined when the file does not exist. */
export async function readLocaleFile(file: string): Promise<Map<string, string> | undefined> {
  return (await readLocaleFileWithLines(file))?.values;
}

/** Writes nested 2-space JSON with a trailing newline, atomically, keys in the given order. */
export async function writeLocaleFile(
  file: string,
  entries: Iterable<readonly [string, string]>,
): Promise<void> {
  await writeFileAtomic(file, formatLocaleJson(entries));
}

/** The 1-based line of `key` in a locale file's text, for annotations. */
export function lineOfKey(fileText: string, key: string): number | undefined {
  try {
    return parseLocaleJson(fileText, '').lines.get(key);
  } catch {
    return undefined;
  }
}

/** Every `<lang>/<ns>.json` under the locales directory, the source language included. */
export async function findLocaleFiles(localesDir: string): Promise<LocaleFileRef[]> {
  let langs: string[];
  try {
    langs = (await readdir(localesDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
  const refs: LocaleFileRef[] = [];
  for (const lang of langs.sort()) {
    const files = await readdir(join(localesDir, lang), { withFileTypes: true });
    for (const f of files) {
      if (f.isFile() && f.name.endsWith('.json') && !f.name.startsWith('.')) {
        refs.push({
          lang,
          ns: f.name.slice(0, -'.json'.length),
          file: join(localesDir, lang, f.name),
        });
      }
    }
  }
  return refs.sort((a, b) => a.lang.localeCompare(b.lang) || a.ns.localeCompare(b.ns));
}
