import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatLock,
  openTranslationMemory,
  readLock,
  settleLock,
  writeLock,
} from '../../src/locales/index.js';
import type { Lock } from '../../src/types.js';

const dir = () => mkdtempSync(join(tmpdir(), 'tolk-lock-'));

describe('lock', () => {
  const lock: Lock = {
    version: 1,
    entries: {
      de: {
        ns: {
          'b-key': { source: 's2', output: 'o2', by: 'deepl' },
          'a-key': { source: 's1', output: 'o1', by: 'human', stale: true },
        },
      },
    },
  };

  it('prints one entry per line, sorted, so a changed translation is a one-line diff', () => {
    const text = formatLock(lock);
    const lines = text.split('\n');
    expect(lines).toContain(
      '        "a-key": { "source": "s1", "output": "o1", "by": "human", "stale": true },',
    );
    expect(lines.findIndex((l) => l.includes('"a-key"'))).toBeLessThan(
      lines.findIndex((l) => l.includes('"b-key"')),
    );
    expect(JSON.parse(text)).toEqual(lock);
  });

  it('reads back what it writes, and keeps only the entry fields of a hand-edited entry', async () => {
    const d = dir();
    writeFileSync(join(d, 'lock.json'), formatLock(lock));
    expect(await readLock(join(d, 'lock.json'))).toEqual(lock);
    const edited = {
      version: 1,
      entries: {
        de: {
          ns: {
            a: { by: 'human', output: 'o', source: 's' },
            b: { source: 's', output: 'o', by: 'deepl', note: 'checked' },
          },
        },
      },
    };
    writeFileSync(join(d, 'edited.json'), JSON.stringify(edited));
    const read = await readLock(join(d, 'edited.json'));
    expect(read.entries.de?.ns).toEqual({
      a: { source: 's', output: 'o', by: 'human' },
      b: { source: 's', output: 'o', by: 'deepl' },
    });
    expect(Object.keys(read.entries.de?.ns?.a ?? {})).toEqual(['source', 'output', 'by']);
  });

  it('reads a missing lock as empty and rejects a broken one with how to fix it', async () => {
    const d = dir();
    expect(await readLock(join(d, 'none.json'))).toEqual({ version: 1, entries: {} });
    writeFileSync(join(d, 'bad.json'), '{ "version": 1, ');
    await expect(readLock(join(d, 'bad.json'))).rejects.toThrow(/not valid JSON.*git checkout/);
  });

  it('promotes a pending entry only when the file holds its output', async () => {
    const file = join(dir(), 'lock.json');
    await writeLock(file, {
      version: 1,
      entries: {},
      pending: {
        de: {
          ns: {
            written: { source: 's', output: 'yes', by: 'deepl' },
            lost: { source: 's', output: 'no', by: 'deepl' },
          },
        },
      },
    });
    const read = await readLock(file);
    const settled = settleLock(read, (_l, _n, key) => (key === 'written' ? 'yes' : 'other'));
    expect(settled).toEqual({
      de: { ns: { written: { source: 's', output: 'yes', by: 'deepl' } } },
    });
  });
});

describe('translation memory', () => {
  it('survives a line cut by a crash and keeps appending on a fresh line', async () => {
    const file = join(dir(), 'memory.jsonl');
    writeFileSync(file, '["k1","v1"]\n["k2","v');
    const memory = await openTranslationMemory(file);
    expect(memory.get('k1')).toBe('v1');
    expect(memory.get('k2')).toBeUndefined();
    await memory.append([['k3', 'v3']]);
    const again = await openTranslationMemory(file);
    expect(again.get('k3')).toBe('v3');
    expect(readFileSync(file, 'utf8').endsWith('["k3","v3"]\n')).toBe(true);
  });
});
