// One `tolk translate` at a time per project: a second run refuses instead of interleaving writes.

import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';

export async function acquireRunLock(file: string): Promise<() => Promise<void>> {
  await mkdir(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new UserError(
          `Could not start the run: another tolk translate (pid ${pid}) is running in this project. Wait for it to finish, or stop it; if no tolk is running, delete ${file}.`,
        );
      }
      // The run that held the lock died without releasing it.
      await rm(file, { force: true });
    }
  }
  throw new UserError(
    `Could not start the run: ${file} keeps reappearing. Delete it and try again.`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
