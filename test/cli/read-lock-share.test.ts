import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLockShare } from '../../src/cli/commands/read-lock-share.js';
import { formatLock, type JournaledLock, readLock } from '../../src/locales/index.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-lock-share-');

const entry = (source: string) => ({ source, output: 'o', by: 'deepl' });
const lock: JournaledLock = {
  version: 1,
  entries: {
    de: { a: { k: entry('1') }, b: { k: entry('2'), l: entry('3') } },
    'en-GB': { a: { k: entry('4') } },
    nb: {},
    uk: { a: { k: entry('5') } },
  },
  billed: { deepl: 12 },
  pending: { uk: { a: { k: entry('6') } } },
};

function lockFile(text: string): string {
  return join(project({ 'tolk.lock.json': text }), 'tolk.lock.json');
}

describe('readLockShare', () => {
  it('reads the chosen languages as readLock reads them, and everything outside entries', async () => {
    const file = lockFile(formatLock(lock));
    const whole = await readLock(file);
    const share = await readLockShare(file, (lang) => lang === 'de' || lang === 'nb');
    expect(share).toEqual({ ...whole, entries: { de: whole.entries.de, nb: whole.entries.nb } });
  });

  it('reads a lock in another layout whole', async () => {
    const file = lockFile(JSON.stringify(lock));
    expect(await readLockShare(file, (lang) => lang === 'de')).toEqual(await readLock(file));
  });

  it("gives readLock's error for a broken part of its own, and leaves other parts to their threads", async () => {
    const text = formatLock(lock).replace('"source": "5"', '"source": 5');
    const file = lockFile(text);
    const error = await readLock(file).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await expect(readLockShare(file, (lang) => lang === 'uk')).rejects.toEqual(error);
    const share = await readLockShare(file, (lang) => lang === 'de');
    expect(Object.keys(share.entries)).toEqual(['de']);
  });

  it("gives readLock's error for a lock that is not JSON outside the languages", async () => {
    const file = lockFile(formatLock(lock).replace('"billed": {', '"billed": {,'));
    const error = await readLock(file).catch((e: Error) => e);
    await expect(readLockShare(file, (lang) => lang === 'de')).rejects.toEqual(error);
  });
});
