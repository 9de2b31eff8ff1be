import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLockShare, readLockShare } from '../../src/cli/commands/read-lock-share.js';
import { shareLockBytes } from '../../src/cli/commands/shared-lock-bytes.js';
import { formatLock, type JournaledLock, readLock } from '../../src/locales/index.js';
import type { LockEntries, LockEntry } from '../../src/types.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-lock-share-');

const entry = (source: string) => ({ source, output: 'o', by: 'deepl' });
const lock: JournaledLock = {
  version: 1,
  entries: {
    de: { a: { k: entry('1') }, b: { k: entry('2'), l: entry('3') }, c: {} },
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

/** The namespaces of `entries` that `mine` accepts; a language with none left out. */
function slice(entries: LockEntries, mine: (lang: string, ns: string) => boolean): LockEntries {
  const share: LockEntries = {};
  for (const [lang, namespaces] of Object.entries(entries)) {
    for (const [ns, keys] of Object.entries(namespaces)) {
      if (mine(lang, ns)) share[lang] = { ...share[lang], [ns]: keys };
    }
  }
  return share;
}

/** Names that bend the layout: quotes, backslashes, newlines, multi-byte and integer-like. */
const awkwardName = fc
  .oneof(
    fc.string({
      // One character each, by code point: the last is a lone surrogate, which JSON escapes.
      unit: fc.constantFrom(...'aZ09"\\\n {}:,ö—日🙂\u2028\ud800'),
      maxLength: 6,
    }),
    fc.nat(120).map(String),
    fc.constantFrom('', 'a": {', 'b\n      }', '\n    }', '  }', 'ÅÄÖ'),
  )
  .filter((name) => !['__proto__', 'constructor', 'prototype'].includes(name));

const lockEntry: fc.Arbitrary<LockEntry> = fc.record(
  {
    source: fc.string({ maxLength: 4 }),
    output: fc.oneof(fc.string({ maxLength: 4 }), awkwardName),
    by: fc.constantFrom('deepl', 'human'),
    terms: fc.string({ maxLength: 4 }),
    stale: fc.constant(true as const),
  },
  { requiredKeys: ['source', 'output', 'by'] },
);

/** Languages and namespaces, some empty. */
const lockEntries: fc.Arbitrary<LockEntries> = fc.dictionary(
  awkwardName,
  fc.dictionary(awkwardName, fc.dictionary(awkwardName, lockEntry, { maxKeys: 3 }), {
    maxKeys: 4,
  }),
  { maxKeys: 3 },
);

const randomLock: fc.Arbitrary<JournaledLock> = fc.record(
  {
    version: fc.constant(1 as const),
    entries: lockEntries,
    pending: lockEntries,
    previous: lockEntries,
    billed: fc.dictionary(awkwardName, fc.nat()),
  },
  { requiredKeys: ['version', 'entries'] },
);

/** Every (language, namespace) in the order formatLock prints them. */
function printedPairs(entries: LockEntries): Array<[string, string]> {
  return Object.keys(entries)
    .sort()
    .flatMap((lang) =>
      Object.keys(entries[lang] ?? {})
        .sort()
        .map((ns): [string, string] => [lang, ns]),
    );
}

describe('readLockShare', () => {
  it('reads the chosen namespaces in every language as readLock reads them, and everything outside entries', async () => {
    const file = lockFile(formatLock(lock));
    const whole = await readLock(file);
    const nsA = (_lang: string, ns: string) => ns === 'a';
    const share = await readLockShare(file, nsA);
    expect(share).toEqual({ ...whole, entries: slice(whole.entries, nsA) });
    expect(Object.keys(share.entries)).toEqual(['de', 'en-GB', 'uk']);
  });

  it('reads every namespace between shares that split them', async () => {
    const file = lockFile(formatLock(lock));
    const whole = await readLock(file);
    const odd = (lang: string, ns: string) => (lang === 'de') !== (ns === 'a');
    const even = (lang: string, ns: string) => !odd(lang, ns);
    const [oddShare, evenShare] = await Promise.all([
      readLockShare(file, odd),
      readLockShare(file, even),
    ]);
    expect(oddShare.entries).toEqual(slice(whole.entries, odd));
    expect(evenShare.entries).toEqual(slice(whole.entries, even));
    for (const [lang, namespaces] of Object.entries(whole.entries)) {
      if (Object.keys(namespaces).length === 0) continue;
      expect({ ...oddShare.entries[lang], ...evenShare.entries[lang] }).toEqual(namespaces);
    }
  });

  it('reads empty namespaces, and leaves out languages without namespaces, never asking about them', async () => {
    const file = lockFile(formatLock(lock));
    const asked: string[] = [];
    const share = await readLockShare(file, (lang, ns) => {
      asked.push(`${lang}/${ns}`);
      return ns === 'c';
    });
    expect(share.entries).toEqual({ de: { c: {} } });
    expect(asked).toEqual(['de/a', 'de/b', 'de/c', 'en-GB/a', 'uk/a']);
  });

  it('reads namespaces with unusual names as readLock does: integer-like, quoted, escaped', async () => {
    const unusual: JournaledLock = {
      version: 1,
      entries: {
        de: {
          '10': { k: entry('1') },
          '9': { k: entry('2') },
          'a": {': { k: entry('3') },
          'b\n      }': { k: entry('4') },
          c: { k: entry('5') },
        },
      },
    };
    const file = lockFile(formatLock(unusual));
    const whole = await readLock(file);
    const mine = (_lang: string, ns: string) => ns !== 'c';
    const share = await readLockShare(file, mine);
    expect(share).toEqual({ ...whole, entries: slice(whole.entries, mine) });
    const wholeNames = Object.keys(whole.entries.de ?? {});
    expect(Object.keys(share.entries.de ?? {})).toEqual(wholeNames.filter((ns) => ns !== 'c'));
  });

  it('reads a lock in another layout whole', async () => {
    const file = lockFile(JSON.stringify(lock));
    expect(await readLockShare(file, (_lang, ns) => ns === 'a')).toEqual(await readLock(file));
  });

  it('reads a lock with a namespace twice whole, as readLock reads it', async () => {
    const file = lockFile(formatLock(lock).replace('      "b": {', '      "a": {'));
    const whole = await readLock(file);
    expect(whole.entries.de?.a).toEqual(lock.entries.de?.b);
    expect(await readLockShare(file, (_lang, ns) => ns === 'c')).toEqual(whole);
  });

  it("gives readLock's error for a broken entry of its own, and leaves other namespaces to their threads", async () => {
    const file = lockFile(formatLock(lock).replace('"source": "5"', '"source": 5'));
    const error = await readLock(file).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await expect(readLockShare(file, (lang, ns) => lang === 'uk' && ns === 'a')).rejects.toEqual(
      error,
    );
    const share = await readLockShare(file, (lang, ns) => lang !== 'uk' && ns === 'a');
    expect(Object.keys(share.entries)).toEqual(['de', 'en-GB']);
  });

  it("gives readLock's error for a namespace of its own that is not JSON, and leaves others", async () => {
    const file = lockFile(
      formatLock(lock).replace('"source": "3", "output": "o", "by": "deepl" }', '"source": "3", }'),
    );
    const error = await readLock(file).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await expect(readLockShare(file, (_lang, ns) => ns === 'b')).rejects.toEqual(error);
    const share = await readLockShare(file, (_lang, ns) => ns !== 'b');
    expect(Object.keys(share.entries.de ?? {})).toEqual(['a', 'c']);
  });

  it("gives readLock's error for a __proto__ namespace, even one it does not own", async () => {
    const file = lockFile(formatLock(lock).replace('      "b": {', '      "__proto__": {'));
    const error = await readLock(file).catch((e: Error) => e);
    expect(String(error)).toContain('__proto__');
    await expect(readLockShare(file, (_lang, ns) => ns === 'c')).rejects.toEqual(error);
  });

  it("gives readLock's error for a lock that is not JSON outside the languages", async () => {
    const file = lockFile(formatLock(lock).replace('"billed": {', '"billed": {,'));
    const error = await readLock(file).catch((e: Error) => e);
    await expect(readLockShare(file, (lang) => lang === 'de')).rejects.toEqual(error);
  });

  it('reads random locks as readLock does, between shares that split them', async () => {
    const file = lockFile('');
    await fc.assert(
      fc.asyncProperty(randomLock, fc.func(fc.boolean()), async (written, owns) => {
        writeFileSync(file, formatLock(written));
        const whole = await readLock(file);
        const asked: Array<[string, string]> = [];
        const mine = (lang: string, ns: string) => {
          asked.push([lang, ns]);
          return owns(lang, ns);
        };
        const others = (lang: string, ns: string) => !owns(lang, ns);
        const [share, rest] = [await readLockShare(file, mine), await readLockShare(file, others)];
        // Asked about every namespace once, in order: the lock was shared, not read whole.
        expect(asked).toEqual(printedPairs(whole.entries));
        for (const [got, part] of [
          [share, mine],
          [rest, others],
        ] as const) {
          const expected = { ...whole, entries: slice(whole.entries, part) };
          expect(got).toEqual(expected);
          expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
        }
        for (const [lang, namespaces] of Object.entries(whole.entries)) {
          if (Object.keys(namespaces).length === 0) continue;
          expect({ ...share.entries[lang], ...rest.entries[lang] }).toEqual(namespaces);
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
  });

  it('parses the namespaces it left out when asked, from bytes every thread shares', async () => {
    const file = lockFile('');
    await fc.assert(
      fc.asyncProperty(randomLock, fc.func(fc.boolean()), async (written, owns) => {
        writeFileSync(file, formatLock(written));
        const whole = await readLock(file);
        const shared = shareLockBytes(file);
        expect(shared?.bytes).toBeInstanceOf(SharedArrayBuffer);
        const { lock: share, more } = await openLockShare(file, owns, shared);
        expect(share).toEqual(await readLockShare(file, owns));
        for (const [lang, namespaces] of Object.entries(whole.entries)) {
          for (const [ns, keys] of Object.entries(namespaces)) {
            if (!owns(lang, ns)) expect(more(lang, ns)).toEqual(keys);
          }
        }
        expect(more('xx', 'none')).toBeUndefined();
      }),
      { numRuns: 200, seed: 20261201 },
    );
  });

  it("throws readLock's error, without its line, for a broken namespace it parses when asked", async () => {
    const file = lockFile(formatLock(lock).replace('"source": "5"', '"source": 5'));
    const error = (await readLock(file).catch((e: Error) => e)) as Error;
    expect(error.message).toContain('tolk.lock.json:6: Could not read the lock: entries.uk.a');
    const { more } = await openLockShare(file, (lang) => lang !== 'uk');
    expect(more('de', 'b')).toEqual(lock.entries.de?.b);
    // A failing part makes `tolk check` read the project again on one thread, for the line.
    expect(() => more('uk', 'a')).toThrow(error.message.replace(':6:', ':'));
  });

  it('leaves nothing to parse when the lock was read whole', async () => {
    const file = lockFile(JSON.stringify(lock));
    const { lock: read, more } = await openLockShare(file, (_lang, ns) => ns === 'a');
    expect(read).toEqual(await readLock(file));
    expect(more('de', 'b')).toBeUndefined();
    expect(shareLockBytes(join(file, '..', 'missing.json'))).toBeUndefined();
  });
});
