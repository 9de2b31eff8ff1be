import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readSharedLockBytes, shareLockBytes } from '../../src/cli/commands/shared-lock-bytes.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-shared-lock-');
const MODULE = pathToFileURL(
  join(import.meta.dirname, '../../src/cli/commands/shared-lock-bytes.ts'),
);

/** A file of `size` random bytes: any slice read to the wrong place shows. */
function lockOf(size: number): { file: string; bytes: Buffer } {
  const bytes = randomBytes(size);
  const file = join(project({}), 'tolk.lock.json');
  writeFileSync(file, bytes);
  return { file, bytes };
}

/**
 * A thread that reads the shared bytes as a check part does, once told to (`read`): started
 * together, the two threads claim the slices between them.
 */
async function otherThread(shared: object, file: string) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.module); })
      .then((m) => {
        parentPort.once('message', () => {
          const read = m.readSharedLockBytes(workerData.shared, workerData.file);
          parentPort.postMessage(read !== undefined);
        });
        parentPort.postMessage('ready');
      });`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { module: MODULE.href, shared, file },
  });
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  await next();
  return {
    read(): Promise<unknown> {
      const done = next().finally(() => worker.terminate());
      worker.postMessage('read');
      return done;
    },
  };
}

describe('the lock bytes check threads share', () => {
  it('holds the file whole once read, over several slices and a short last one', () => {
    const { file, bytes } = lockOf(9 * 1024 * 1024 + 17);
    const shared = shareLockBytes(file)!;
    expect(readSharedLockBytes(shared, file)?.equals(bytes)).toBe(true);
    // A second reader finds every slice read and waits for none.
    expect(readSharedLockBytes(shared, file)?.equals(bytes)).toBe(true);
  });

  it('is read by two threads at once into the same memory', async () => {
    const { file, bytes } = lockOf(33 * 1024 * 1024);
    const shared = shareLockBytes(file)!;
    const other = await otherThread(shared, file);
    const read = other.read();
    const here = readSharedLockBytes(shared, file);
    expect(await read).toBe(true);
    expect(here?.equals(bytes)).toBe(true);
  });

  it('reads a slice itself when the thread that claimed it never finishes', () => {
    const { file, bytes } = lockOf(5 * 1024 * 1024);
    const shared = shareLockBytes(file)!;
    // The second slice claimed (READING) by a thread that died.
    new Int32Array(shared.slices)[1] = 1;
    expect(readSharedLockBytes(shared, file)?.equals(bytes)).toBe(true);
  });

  it('gives nothing when the file shrank since its size was taken, nor when it is missing', () => {
    const { file } = lockOf(6 * 1024 * 1024);
    const shared = shareLockBytes(file)!;
    writeFileSync(file, readFileSync(file).subarray(0, 1024));
    expect(readSharedLockBytes(shared, file)).toBeUndefined();
    expect(shareLockBytes(join(file, '..', 'missing.json'))).toBeUndefined();
  });
});
