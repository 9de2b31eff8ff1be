// A journal of engine outputs, appended as each batch returns, so a run that is killed or runs out
// of quota never pays twice for the same text. Cleared after a run that wrote everything.

import { appendFileSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface TranslationMemory {
  /** An output an earlier, unfinished run journaled. This run's own appends go to disk only: */
  // each text is sent once per run, so holding them would only keep every answer alive to the end.
  get(key: string): string | undefined;
  append(records: ReadonlyArray<readonly [key: string, output: string]>): Promise<void>;
  clear(): Promise<void>;
  readonly size: number;
}

export async function openTranslationMemory(file: string): Promise<TranslationMemory> {
  const entries = new Map<string, string>();
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A crash can leave a cut last line; the next append must start on a line of its own.
  let cutLine = text.length > 0 && !text.endsWith('\n');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const [key, output] = JSON.parse(line) as [unknown, unknown];
      if (typeof key === 'string' && typeof output === 'string') entries.set(key, output);
    } catch {
      // A line cut by a crash mid-write: the text is simply translated again.
    }
  }
  let fd: number | undefined;
  return {
    get: (key) => entries.get(key),
    get size() {
      return entries.size;
    },
    async append(records) {
      if (records.length === 0) return;
      // Synchronous on purpose: the answer is on disk before any other request's answer is handled,
      // so a kill loses at most the requests still in flight, not answers waiting for a write.
      // One descriptor for the run: opening the file per batch cost more than the write.
      if (fd === undefined) {
        mkdirSync(dirname(file), { recursive: true });
        fd = openSync(file, 'a');
      }
      const lines = records.map((r) => `${JSON.stringify(r)}\n`).join('');
      appendFileSync(fd, cutLine ? `\n${lines}` : lines, 'utf8');
      cutLine = false;
    },
    async clear() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      entries.clear();
      cutLine = false;
      await rm(file, { force: true });
    },
  };
}
