import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/review/compare-snapshots.js';
import { mergeKeyOrder } from '../../src/review/merge-key-order.js';
import type { Finding } from '../../src/types.js';
import { type KeySpec, noTerms, snapshot } from './snapshot-fixtures.js';

const BASE_REF = { ref: 'origin/main', commit: 'a'.repeat(40) };

function compare(base: KeySpec[], head: KeySpec[], findings: Finding[] = []) {
  return compareSnapshots({
    base: snapshot('news', base),
    head: snapshot('news', head),
    baseRef: BASE_REF,
    languages: ['de'],
    findings,
    termsHash: noTerms,
  });
}

const machine = (value: string) => ({ de: { value, by: 'deepl' } });

describe('compareSnapshots', () => {
  it('tells added, changed, removed and unchanged keys apart, in document order', () => {
    const report = compare(
      [
        { key: 'a', sv: 'A.', values: machine('A-de.') },
        { key: 'b', sv: 'B.', values: machine('B-de.') },
        { key: 'c', sv: 'C.', values: machine('C-de.') },
      ],
      [
        { key: 'a', sv: 'A.', values: machine('A-de.') },
        { key: 'c', sv: 'C!', values: machine('C-de!') },
        { key: 'd', sv: 'D.', values: machine('D-de.') },
      ],
    );
    const keys = report.namespaces[0]!.keys;
    expect(keys.map((k) => [k.key, k.change])).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'changed'],
      ['d', 'added'],
    ]);
    expect(report.counts).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 1 });
    const c = keys[2]!;
    expect(c).toMatchObject({ source: 'C!', sourceBefore: 'C.' });
    expect(c.translations[0]).toMatchObject({
      lang: 'de',
      change: 'changed',
      before: 'C-de.',
      after: 'C-de!',
      byBefore: 'deepl',
      by: 'deepl',
      state: 'current',
    });
    expect(keys[1]!.translations[0]).toMatchObject({ change: 'removed', before: 'B-de.' });
    expect(keys[1]!.source).toBeUndefined();
  });

  it('sees a reviewer’s edit as human, and a human translation under changed Swedish as stale', () => {
    const report = compare(
      [
        { key: 'a', sv: 'A.', values: machine('A-de.') },
        { key: 'b', sv: 'B.', values: { de: { value: 'Bee.', by: 'human' } } },
      ],
      [
        // Edited by hand: the lock still holds the machine output's hash.
        { key: 'a', sv: 'A.', values: { de: { value: 'Ah.', by: 'deepl', recorded: 'A-de.' } } },
        { key: 'b', sv: 'Be.', values: { de: { value: 'Bee.', by: 'human', source: 'B.' } } },
      ],
    );
    const [a, b] = report.namespaces[0]!.keys;
    expect(a!.translations[0]).toMatchObject({
      byBefore: 'deepl',
      by: 'human',
      edited: true,
      change: 'changed',
    });
    expect(b!.translations[0]).toMatchObject({ change: 'unchanged', by: 'human', state: 'stale' });
    expect(b!.change).toBe('changed');
    expect(report.stale).toBe(1);
  });

  it('joins a key renamed by an edit of its opening words into one change', () => {
    const report = compare(
      [
        {
          key: 'p-ryssland-uttryckte-ocksa-sitt',
          sv: 'Ryssland uttryckte också sitt stöd.',
          values: { de: { value: 'Mensch.', by: 'human' } },
        },
        { key: 'p-next', sv: 'Nästa.', values: machine('Nächste.') },
      ],
      [
        {
          key: 'p-ryssland-uttryckte-aven-sitt',
          sv: 'Ryssland uttryckte även sitt stöd.',
          values: {
            de: {
              value: 'Mensch.',
              by: 'human',
              source: 'Ryssland uttryckte också sitt stöd.',
              stale: true,
            },
          },
        },
        { key: 'p-next', sv: 'Nästa.', values: machine('Nächste.') },
      ],
    );
    const keys = report.namespaces[0]!.keys;
    expect(keys.map((k) => k.key)).toEqual(['p-ryssland-uttryckte-aven-sitt', 'p-next']);
    expect(keys[0]).toMatchObject({
      change: 'changed',
      renamedFrom: 'p-ryssland-uttryckte-ocksa-sitt',
      source: 'Ryssland uttryckte även sitt stöd.',
      sourceBefore: 'Ryssland uttryckte också sitt stöd.',
    });
    expect(keys[0]!.translations[0]).toMatchObject({
      before: 'Mensch.',
      after: 'Mensch.',
      state: 'stale',
    });
    expect(report.counts).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 1 });
  });

  it('attaches findings to their key and counts the rest as on untouched keys', () => {
    const finding = (key: string): Finding => ({
      lang: 'de',
      ns: 'news',
      key,
      check: 'number',
      severity: 'error',
      message: 'x',
    });
    const report = compare(
      [
        { key: 'a', sv: 'A.', values: machine('A.') },
        { key: 'b', sv: 'B.', values: machine('B.') },
      ],
      [
        { key: 'a', sv: 'A.', values: machine('A!') },
        { key: 'b', sv: 'B.', values: machine('B.') },
      ],
      [finding('a'), finding('b'), finding('b')],
    );
    expect(report.namespaces[0]!.keys[0]!.translations[0]!.findings).toHaveLength(1);
    expect(report.findings).toEqual({ error: 1, warning: 0, info: 0 });
    expect(report.otherFindings).toBe(2);
  });
});

describe('mergeKeyOrder', () => {
  it('puts removed keys back after the key they followed', () => {
    expect(mergeKeyOrder(['a', 'c', 'e'], ['x', 'a', 'b', 'c', 'd'])).toEqual([
      'x',
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(mergeKeyOrder([], ['a', 'b'])).toEqual(['a', 'b']);
    expect(mergeKeyOrder(['a'], [])).toEqual(['a']);
  });
});
