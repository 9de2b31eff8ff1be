import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const CHUNK_CHARACTERS = 256 * 1024;

/** `.<name>.<8 hex>.tmp`: the temporary file of an atomic write of `<name>`. */
const TEMP_NAME = /^\.(.+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes a file so that readers only ever see the old or the new content, never a part:
 * a temporary file in the same directory is written, flushed to disk and renamed over the target.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Iterable<string>,
): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${nextTempId()}.tmp`);
  const handle = await openCreatingDir(temp);
  try {
    if (typeof content === 'string') await handle.writeFile(content, 'utf8');
    else {
      // A large text in pieces goes out a few hundred kilobytes at a time, never joined whole.
      let chunk = '';
      for (const piece of content) {
        chunk += piece;
        if (chunk.length >= CHUNK_CHARACTERS) {
          await handle.writeFile(chunk, 'utf8');
          chunk = '';
        }
      }
      if (chunk) await handle.writeFile(chunk, 'utf8');
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Random per process, counted per file: unique among concurrent writers without drawing random bytes
// for each of the thousands of files a run writes.
let tempCounter = randomBytes(4).readUInt32BE(0);
function nextTempId(): string {
  tempCounter = (tempCounter + 1) >>> 0;
  return tempCounter.toString(16).padStart(8, '0');
}

/** Opens `file` for writing; its directory is made only when missing (a run writes thousands). */
async function openCreatingDir(file: string) {
  try {
    return await open(file, 'w');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(dirname(file), { recursive: true });
    return open(file, 'w');
  }
}

/**
 * Deletes the temporary files a killed process left in `dir` mid-write (only those of files the
 * `accept` test names), so they do not pile up as untracked files. Call it holding the run lock:
 * a live writer's temporary file would go too.
 */
export async function removeWriteLeftovers(
  dir: string,
  accept: (name: string) => boolean = () => true,
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const target = TEMP_NAME.exec(name)?.[1];
    if (target === undefined || !accept(target)) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
