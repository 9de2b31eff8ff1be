import { describe, expect, it } from 'vitest';
import { findExtraKeys, findMissingKeys } from '../../src/checks/keys.js';
import { file } from './helpers.js';

const keysOf = (found: Array<{ key: string }>) => found.map((f) => f.key);

describe('missing-key and extra-key', () => {
  it('finds source keys without a translation and translations without a source key', () => {
    const f = file({ a: 'A', b: 'B', c: 'C' }, { a: 'a', c: 'c', d: 'd' });
    expect(keysOf(findMissingKeys(f))).toEqual(['b']);
    expect(keysOf(findExtraKeys(f))).toEqual(['d']);
  });

  it('reports every key of a missing file', () => {
    const found = findMissingKeys(file({ a: 'A', b: 'B' }, undefined, { lang: 'nb' }));
    expect(keysOf(found)).toEqual(['a', 'b']);
    expect(found[0]?.message).toMatch(/no nb file/);
  });

  it('leaves partly present plural families to the plural check', () => {
    const source = { items_one: '{{count}} sak', items_other: '{{count}} saker', title: 'Titel' };
    const f = file(source, { items_other: '{{count}} things', items_few: 'x', title: 'Title' });
    expect(findMissingKeys(f)).toEqual([]);
    expect(findExtraKeys(f)).toEqual([]);
    expect(keysOf(findMissingKeys(file(source, { title: 'Title' })))).toEqual([
      'items_one',
      'items_other',
    ]);
  });
});
