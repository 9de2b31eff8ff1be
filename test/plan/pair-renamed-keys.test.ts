import { describe, expect, it } from 'vitest';
import { pairRenamedKeys } from '../../src/plan/pair-renamed-keys.js';

describe('pairRenamedKeys', () => {
  it('pairs a key renamed by an edit of its opening words, in place', () => {
    const pairs = pairRenamedKeys(
      ['heading-x', 'p-de-tva-ledarna-samtalade', 'p-next'],
      ['heading-x', 'p-de-tva-ledarna-pratade', 'p-next'],
    );
    expect([...pairs]).toEqual([['p-de-tva-ledarna-pratade', 'p-de-tva-ledarna-samtalade']]);
  });

  it('pairs every sentence of a renamed paragraph by its position', () => {
    const pairs = pairRenamedKeys(
      ['p-iran-ansokte-om-medlemskap.s1', 'p-iran-ansokte-om-medlemskap.s2'],
      ['p-iran-sokte-om-medlemskap.s1', 'p-iran-sokte-om-medlemskap.s2'],
    );
    expect(pairs.get('p-iran-sokte-om-medlemskap.s2')).toBe('p-iran-ansokte-om-medlemskap.s2');
    expect(pairs.size).toBe(2);
  });

  it('leaves alone a different paragraph, another shape, or an uneven gap', () => {
    // Nothing shared in the opening words: a new paragraph, not an edited one.
    expect(
      pairRenamedKeys(['a', 'p-iran-ansokte-om', 'b'], ['a', 'p-helt-annan-text-har', 'b']).size,
    ).toBe(0);
    // A quote did not become prose.
    expect(pairRenamedKeys(['quote-vi-haller-fast-vid'], ['p-vi-haller-fast-vid']).size).toBe(0);
    // Two keys vanished where one appeared: no guess.
    expect(pairRenamedKeys(['p-a-b-c', 'p-a-b-d'], ['p-a-b-e']).size).toBe(0);
    // A key that survives is never paired.
    expect(pairRenamedKeys(['p-a-b-c'], ['p-a-b-c']).size).toBe(0);
  });
});
