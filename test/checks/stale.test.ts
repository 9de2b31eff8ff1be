import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/checks/hash-text.js';
import { checkStale } from '../../src/checks/stale.js';
import { hashText as lockHash } from '../../src/locales/hash.js';
import { entry } from './helpers.js';

const lock = (source: string, extra = {}) => ({
  source: hashText(source),
  output: 'x',
  by: 'deepl',
  ...extra,
});

describe('stale', () => {
  it('hashes exactly as the lock does', () => {
    expect(hashText('Xi och Putin')).toBe(lockHash('Xi och Putin'));
  });

  it('is silent without a lock entry or when the source is unchanged', () => {
    expect(checkStale(entry('Hej', 'Hello'))).toEqual([]);
    expect(checkStale(entry('Hej', 'Hello', { lock: lock('Hej') }))).toEqual([]);
  });

  it('finds a source changed since the translation was made', () => {
    expect(checkStale(entry('Hej då', 'Hello', { lock: lock('Hej') }))[0]).toMatch(
      /tolk translate/,
    );
    expect(checkStale(entry('Hej då', 'Hello', { lock: lock('Hej', { by: 'human' }) }))[0]).toMatch(
      /human/,
    );
    expect(
      checkStale(entry('Hej', 'Hello', { lock: lock('Hej', { by: 'human', stale: true }) })),
    ).toHaveLength(1);
  });
});
