// One `tolk translate` at a time per project: a second run refuses instead of interleaving writes.

import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, rename, rm, rmdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

/**
 * Takes the project's run lock, a file holding the owner's pid; refuses while a live process holds it.
 * The returned function releases it (and removes the lock's folder when nothing else is in it).
 */
export async function acquireRunLock(file: string): Promise<() => Promise<void>> {
  const folder = dirname(file);
  const madeFolder = (await mkdir(folder, { recursive: true })) !== undefined;
  const owner = `${process.pid}\n${randomBytes(8).toString('hex')}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, owner)) {
      return async () => {
        if ((await readFile(file, 'utf8').catch(() => '')) === owner)
          await rm(file, { force: true });
        if (madeFolder) await rmdir(folder).catch(() => undefined);
      };
    }
    const held = await readFile(file, 'utf8').catch(() => undefined);
    if (held === undefined) continue; // released meanwhile, or the folder was remade
    const pid = Number.parseInt(held, 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new UserError(
        `Could not start: another tolk run (pid ${pid}) is writing this project's files. Wait for it to finish, or stop it; if no tolk is running, delete ${file}.`,
      );
    }
    // The run that held the lock died without releasing it: break the lock, unless someone else
    // already did and took it (then their content differs from what was read).
    await breakStaleLock(file, held);
  }
  throw new UserError(
    `Could not start: ${file} keeps reappearing. Make sure no other tolk is running, delete it and try again.`,
  );
}

async function createExclusive(file: string, content: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // The folder went with a finishing run's release: make it again and let the caller retry.
    if (code === 'ENOENT') {
      await mkdir(dirname(file), { recursive: true });
      return false;
    }
    throw error;
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  return true;
}

/** Moves the lock aside (atomic: one process wins), deletes it if stale, puts it back if not. */
async function breakStaleLock(file: string, stale: string): Promise<void> {
  const aside = `${file}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch {
    return;
  }
  const moved = await readFile(aside, 'utf8').catch(() => stale);
  if (moved !== stale) {
    // A live run took the lock between our read and the move: give it back.
    await link(aside, file).catch(() => undefined);
  }
  await rm(aside, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
