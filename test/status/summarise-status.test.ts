import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/locales/index.js';
import { classifyKey, summariseStatus } from '../../src/status/index.js';
import { noTerms, snapshot } from '../review/snapshot-fixtures.js';

const entry = (source: string, output: string, by: string, extra: object = {}) => ({
  source: hashText(source),
  output: hashText(output),
  by,
  ...extra,
});

describe('classifyKey', () => {
  it('decides as the next run will', () => {
    expect(classifyKey('Hej.', undefined, undefined, undefined)).toEqual({ state: 'missing' });
    expect(classifyKey('Hej.', 'Hi.', entry('Hej.', 'Hi.', 'deepl'), undefined)).toEqual({
      state: 'current',
      by: 'deepl',
    });
    // Swedish changed under machine output: the next run replaces it.
    expect(classifyKey('Hej!', 'Hi.', entry('Hej.', 'Hi.', 'deepl'), undefined)).toEqual({
      state: 'outdated',
      by: 'deepl',
    });
    // A glossary pin the text uses changed: replaced too.
    expect(
      classifyKey('Hej.', 'Hi.', { ...entry('Hej.', 'Hi.', 'deepl'), terms: 'old' }, 'new'),
    ).toEqual({ state: 'outdated', by: 'deepl' });
    // Human and manual translations are never replaced: stale instead.
    expect(classifyKey('Hej!', 'Hi.', entry('Hej.', 'Hi.', 'human'), undefined)).toEqual({
      state: 'stale',
      by: 'human',
    });
    expect(classifyKey('Hej!', 'Hi.', entry('Hej.', 'Hi.', 'manual'), undefined).state).toBe(
      'stale',
    );
    expect(
      classifyKey('Hej.', 'Hi.', entry('Hej.', 'Hi.', 'human', { stale: true }), undefined).state,
    ).toBe('stale');
    // A value the lock did not record: a reviewer's edit, human from now on.
    expect(classifyKey('Hej.', 'Tja.', entry('Hej.', 'Hi.', 'deepl'), undefined)).toEqual({
      state: 'current',
      by: 'human',
      edited: true,
    });
    expect(classifyKey('Hej.', 'Tja.', undefined, undefined)).toMatchObject({ edited: true });
  });
});

describe('summariseStatus', () => {
  it('counts every key once by state and once by producer', () => {
    const snap = snapshot('news', [
      { key: 'a', sv: 'A.', values: { de: { value: 'A1', by: 'deepl' } } },
      { key: 'b', sv: 'B.', values: { de: { value: 'B1', by: 'deepl', source: 'B-old.' } } },
      { key: 'c', sv: 'C.', values: { de: { value: 'C1', by: 'human', source: 'C-old.' } } },
      { key: 'd', sv: 'D.', values: { de: { value: 'D1', by: 'manual' } } },
      { key: 'e', sv: 'E.', values: { de: { value: 'E-edited', by: 'pseudo', recorded: 'E1' } } },
      { key: 'f', sv: 'F.' },
      { key: 'g', sv: 'G.', values: { de: { value: '2022', by: 'tolk' } } },
    ]);
    snap.values.get('de')!.get('news')!.set('gone', 'Weg.');
    const [row] = summariseStatus(snap, ['de'], noTerms);
    expect(row).toEqual({
      lang: 'de',
      ns: 'news',
      keys: 7,
      current: 4,
      stale: 1,
      outdated: 1,
      missing: 1,
      extra: 1,
      machine: { deepl: 2, tolk: 1 },
      human: 2,
      manual: 1,
      edited: 1,
    });
  });
});
