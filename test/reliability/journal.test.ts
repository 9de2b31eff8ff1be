// The pieces that keep a crash harmless, one by one: the lock's journal, hand-added keys, the
// leftovers of a killed atomic write, the run lock, and a lock read from disk.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  acquireRunLock,
  keepExtraKeys,
  readLock,
  removeWriteLeftovers,
  settleLock,
} from '../../src/locales/index.js';
import type { LockEntry } from '../../src/types.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-journal-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = (output: string, by = 'deepl'): LockEntry => ({ source: `s-${output}`, output, by });

describe('settleLock: the locale file decides each journaled key', () => {
  const lock = {
    version: 1 as const,
    entries: { de: { ns: { same: entry('o-same') } } },
    pending: { de: { ns: { changed: entry('o-new'), added: entry('o-added') } } },
    previous: { de: { ns: { changed: entry('o-old'), removed: entry('o-removed') } } },
  };
  const settle = (files: Record<string, string | undefined>) =>
    settleLock(lock, (_lang, _ns, key) => files[key]).de?.ns;

  it('killed before any file was written: the previous entries stand', () => {
    expect(settle({ same: 'o-same', changed: 'o-old', removed: 'o-removed' })).toEqual({
      same: entry('o-same'),
      changed: entry('o-old'),
      removed: entry('o-removed'),
    });
  });

  it('killed after the file was written: the pending entries count, removed keys are gone', () => {
    expect(settle({ same: 'o-same', changed: 'o-new', added: 'o-added' })).toEqual({
      same: entry('o-same'),
      changed: entry('o-new'),
      added: entry('o-added'),
    });
  });

  it('a value that matches neither (edited after the crash) keeps no entry: it counts as a person’s', () => {
    expect(settle({ same: 'o-same', changed: 'edited' })).toEqual({ same: entry('o-same') });
  });

  it('a journal of the old shape (entries still holding the old claim) settles as before', () => {
    const old = {
      version: 1 as const,
      entries: { de: { ns: { k: entry('o-old') } } },
      pending: { de: { ns: { k: entry('o-new') } } },
    };
    expect(settleLock(old, () => 'o-old').de?.ns).toEqual({ k: entry('o-old') });
    expect(settleLock(old, () => 'o-new').de?.ns).toEqual({ k: entry('o-new') });
  });
});

describe('keepExtraKeys', () => {
  const values: Array<[string, string]> = [
    ['a', 'A'],
    ['b', 'B'],
    ['c', 'C'],
  ];
  it('puts a hand-added key back after the key it followed, and one at the top back at the top', () => {
    const prior = new Map([
      ['top', 'T'],
      ['a', 'old A'],
      ['mine', 'M'],
      ['b', 'old B'],
      ['gone', 'G'],
      ['c', 'C'],
    ]);
    const managed = (key: string) => key === 'gone';
    expect(keepExtraKeys(values, prior, managed)).toEqual([
      ['top', 'T'],
      ['a', 'A'],
      ['mine', 'M'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
  });

  it('changes nothing without a prior file or hand-added keys', () => {
    expect(keepExtraKeys(values, undefined, () => false)).toEqual(values);
    expect(keepExtraKeys(values, new Map(values), () => false)).toEqual(values);
  });
});

describe('removeWriteLeftovers', () => {
  it('removes only the temporary files of atomic writes of the files named', async () => {
    const dir = tempDir();
    for (const name of [
      '.ns.json.0a1b2c3d.tmp',
      '.ns.json.zzzzzzzz.tmp',
      '.notes.txt.0a1b2c3d.tmp',
      'ns.json',
      '.hidden',
    ]) {
      writeFileSync(join(dir, name), 'x');
    }
    expect(await removeWriteLeftovers(dir, (name) => name.endsWith('.json'))).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([
      '.hidden',
      '.notes.txt.0a1b2c3d.tmp',
      '.ns.json.zzzzzzzz.tmp',
      'ns.json',
    ]);
    expect(await removeWriteLeftovers(join(dir, 'missing'))).toBe(0);
  });
});

describe('acquireRunLock', () => {
  it('refuses while held, names the pid, and removes its folder on release', async () => {
    const dir = tempDir();
    const file = join(dir, '.tolk', 'run.lock');
    const release = await acquireRunLock(file);
    const error = await acquireRunLock(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(
      new RegExp(`another tolk run \\(pid ${process.pid}\\)`),
    );
    await release();
    expect(existsSync(join(dir, '.tolk'))).toBe(false);
  });

  it('keeps the folder when it held other files, and does not release a lock it lost', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.tolk'));
    writeFileSync(join(dir, '.tolk', 'memory.jsonl'), '');
    const file = join(dir, '.tolk', 'run.lock');
    const release = await acquireRunLock(file);
    // Someone deleted the lock by hand and another run took it.
    writeFileSync(file, '1\nsomeone-else\n');
    await release();
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(dir, '.tolk', 'memory.jsonl'))).toBe(true);
  });
});

describe('readLock', () => {
  it('reads a journaled lock and drops nothing valid', async () => {
    const file = join(tempDir(), 'tolk.lock.json');
    const lock = {
      version: 1,
      entries: { de: { ns: { k: { ...entry('o'), terms: 't', stale: true } } } },
      billed: { deepl: 12 },
      pending: { de: { ns: { n: entry('p') } } },
      previous: { de: { ns: { n: entry('q') } } },
    };
    writeFileSync(file, JSON.stringify(lock));
    expect(await readLock(file)).toEqual(lock);
  });

  it.each([
    ['a prototype key', '{"version":1,"entries":{"de":{"constructor":{}}}}', /"constructor"/],
    [
      'an entry without output',
      '{"version":1,"entries":{"de":{"ns":{"k":{"source":"a","by":"x"}}}}}',
      /"k" is not a lock entry/,
    ],
    [
      'billed that is not a number',
      '{"version":1,"entries":{},"billed":{"deepl":"12"}}',
      /billed "deepl" is not a number/,
    ],
    [
      'pending that is not an object',
      '{"version":1,"entries":{},"pending":[]}',
      /"pending" is not an object/,
    ],
  ])('refuses %s', async (_name, text, message) => {
    const file = join(tempDir(), 'tolk.lock.json');
    writeFileSync(file, text);
    await expect(readLock(file)).rejects.toThrow(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
