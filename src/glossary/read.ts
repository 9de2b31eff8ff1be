// Reading glossary.yaml: the I/O end of the glossary stage.

import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { Glossary } from '../types.js';
import { decodeUtf8, InvalidUtf8Error } from '../utf8.js';
import {
  type GlossaryInspection,
  type GlossaryOptions,
  inspectGlossary,
} from './inspect-glossary.js';
import type { GlossaryWarning } from './problems.js';

export type { GlossaryOptions } from './inspect-glossary.js';

export interface ReadGlossaryResult {
  glossary: Glossary;
  warnings: GlossaryWarning[];
}

/**
 * Parses and validates glossary.yaml text. Throws a `UserError` (with file, line and column)
 * for the first error; `inspectGlossary` returns all of them instead.
 */
export function parseGlossary(
  yamlText: string,
  file: string,
  options: GlossaryOptions,
): ReadGlossaryResult {
  const { glossary, errors, warnings } = inspectGlossary(yamlText, file, options);
  const [first, ...rest] = errors;
  if (first) {
    const more =
      rest.length === 0
        ? ''
        : ` (${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'} in this file; \`tolk glossary check\` lists them all)`;
    throw new UserError(`${first.message}${more}`, { position: first.position });
  }
  return { glossary, warnings };
}

/**
 * Reads and validates a glossary file. A file that does not exist gives an empty glossary
 * (a project need not have one) unless `required` is set, as when the config names the file.
 */
export async function readGlossary(
  file: string,
  options: GlossaryOptions & { required?: boolean },
): Promise<ReadGlossaryResult> {
  const text = await readGlossaryText(file, options.required ?? false);
  if (text === undefined) return { glossary: { file, terms: [] }, warnings: [] };
  return parseGlossary(text, file, options);
}

/**
 * Reads a glossary file and returns every problem in it instead of throwing the first, for
 * `tolk glossary check`. Throws only when the file cannot be read at all (missing, not UTF-8).
 */
export async function inspectGlossaryFile(
  file: string,
  options: GlossaryOptions,
): Promise<GlossaryInspection> {
  const text = (await readGlossaryText(file, true)) ?? '';
  return inspectGlossary(text, file, options);
}

/** The file's text, BOM stripped; undefined for a missing file that is not required. */
async function readGlossaryText(file: string, required: boolean): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return undefined;
    const why =
      code === 'ENOENT'
        ? 'the file does not exist. Create it (see the glossary format in the README) or fix the glossary path in tolk.config.yaml'
        : code === 'EISDIR'
          ? 'it is a directory. Point the glossary setting at a .yaml file'
          : `${(cause as Error).message}. Check the file's permissions`;
    throw new UserError(`Could not read glossary ${file}: ${why}`, { position: { file }, cause });
  }
  return decodeGlossary(bytes, file);
}

/** True when `file` exists; for callers that want to say "no glossary" rather than use an empty one. */
export async function glossaryExists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function decodeGlossary(bytes: Buffer, file: string): string {
  try {
    return decodeUtf8(bytes);
  } catch (cause) {
    if (!(cause instanceof InvalidUtf8Error)) throw cause;
    throw new UserError(
      'Could not read glossary: the file is not valid UTF-8. Save it as UTF-8 (most editors offer this under "Save with encoding")',
      { position: { file, line: cause.line, column: cause.column }, cause },
    );
  }
}
