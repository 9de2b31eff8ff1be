// Reads the Swedish source texts: strict UTF-8, BOM and CRLF accepted and normalised away.

import { readFileSync, type Stats, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { UserError } from '../errors.js';
import { decodeUtf8, InvalidUtf8Error } from '../utf8.js';
import { readSourceStrings } from './read-source-strings.js';

export interface SourceText {
  /** Absolute path. */
  file: string;
  /** i18next namespace: the file name without extension. */
  ns: string;
  /** BOM-stripped, LF-normalised text. */
  text: string;
  /**
   * For an i18next JSON file of strings (`content/sv/ui.json`): flattened dotted key → Swedish,
   * in file order. Each is one segment, never split into sentences.
   */
  strings?: ReadonlyMap<string, string>;
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.json']);
/** Above this a file is almost certainly not one article; refuse before segmenting it. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** Every source text in the content directory (*.txt, *.md, *.json), sorted by name. */
export async function readSourceTexts(contentDir: string, root: string): Promise<SourceText[]> {
  let names: string[];
  try {
    names = await readdir(contentDir);
  } catch {
    throw new UserError(
      `Could not read the source texts: the content directory ${relative(root, contentDir) || '.'} does not exist. Create it and put the Swedish texts there (e.g. content/sv/article.txt), or set "content" in tolk.config.yaml.`,
    );
  }
  const files = names.filter((n) => SOURCE_EXTENSIONS.has(extname(n)) && !n.startsWith('.')).sort();
  if (files.length === 0) {
    throw new UserError(
      `Could not read the source texts: ${relative(root, contentDir)} holds no .txt, .md or .json file. Add the Swedish texts there, or set "content" in tolk.config.yaml.`,
    );
  }
  // In a row, synchronously: a newsroom's thousands of small files cost several times more CPU and
  // wall time through the thread pool, and nothing else is under way yet.
  const texts = files.map((name) => readSourceTextSync(join(contentDir, name)));
  refuseSharedNamespaces(texts);
  return texts;
}

/** `ui.txt` and `ui.json` would both write locales/<lang>/ui.json. */
function refuseSharedNamespaces(texts: readonly SourceText[]): void {
  const seen = new Map<string, string>();
  for (const { ns, file } of texts) {
    const other = seen.get(ns);
    if (other !== undefined) {
      throw new UserError(
        `Could not read the source texts: ${basename(other)} and ${basename(file)} are both namespace "${ns}" and would write the same locale files. Rename one of them.`,
        { position: { file } },
      );
    }
    seen.set(ns, file);
  }
}

export async function readSourceText(file: string): Promise<SourceText> {
  return readSourceTextSync(file);
}

function readSourceTextSync(file: string): SourceText {
  const ns = basename(file, extname(file));
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(ns)) {
    throw new UserError(
      `Could not use the source file name as a namespace: "${ns}" may hold only letters, digits, "-" and "_" (i18next reads ":" and "." specially). Rename the file.`,
      { position: { file } },
    );
  }
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    throw new UserError(
      'Could not read the source text: the file does not exist. Check the path.',
      {
        position: { file },
        cause: error,
      },
    );
  }
  if (!info.isFile()) {
    throw new UserError(
      'Could not read the source text: it is not a file (a folder?). Move it out of the content directory, or rename it without .txt, .md or .json.',
      { position: { file } },
    );
  }
  if (info.size > MAX_SOURCE_BYTES) {
    throw new UserError(
      `Could not read the source text: it is ${(info.size / 1024 / 1024).toFixed(1)} MB, above the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit for one text. Split it into one file per article.`,
      { position: { file } },
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UserError(
      `Could not read the source text: ${(error as Error).message}. Check the file's permissions.`,
      { position: { file }, cause: error },
    );
  }
  const text = decodeSource(bytes, file);
  if (extname(file) !== '.json') return { file, ns, text };
  return { file, ns, text, strings: readSourceStrings(text, file) };
}

export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = decodeUtf8(bytes).replace(/\r\n?/g, '\n');
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw error;
    throw new UserError(
      `Could not read the source text: it is not valid UTF-8 (byte ${error.offset}). Save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8).`,
      { position: { file, line: error.line, column: error.column } },
    );
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new UserError(
      `Could not read the source text: it holds the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no translation engine keeps. Delete it.`,
      { position: { file, line } },
    );
  }
  if (text.trim() === '') {
    throw new UserError(
      'Could not read the source text: the file is empty. Write the Swedish text in it, or delete it.',
      {
        position: { file },
      },
    );
  }
  return text;
}
