import { describe, expect, it } from 'vitest';
import { MAY_NEED_NORMALISING, normaliseForSearch } from '../../src/glossary/target-pattern.js';

/** Every BMP unit the fast path takes as its own search form (a single space included). */
function readyUnits(): string[] {
  const units: string[] = [];
  for (let u = 0; u < 0x10000; u++) {
    const ch = String.fromCharCode(u);
    if (!MAY_NEED_NORMALISING.test(ch)) units.push(ch);
  }
  return units;
}

describe('normaliseForSearch', () => {
  it('folds whitespace runs and ’, and composes', () => {
    expect(normaliseForSearch('Putin\u2019s\u00a0 visit\n')).toBe("Putin's visit ");
    expect(normaliseForSearch('A\u030aland  och')).toBe('Åland och');
    expect(normaliseForSearch('Путін — «Кремль» „Putin“')).toBe('Путін — «Кремль» „Putin“');
  });

  it('takes a text as ready only when no step would change it', () => {
    const ready = readyUnits();
    expect(ready.length).toBeGreaterThan(1000);
    for (const ch of ready) {
      expect(/\s/.test(ch) && ch !== ' ').toBe(false);
      expect(ch).not.toBe('\u2019');
      expect(ch.normalize('NFC')).toBe(ch);
    }
  });

  it('takes as ready only units that never compose with or reorder after what precedes them', () => {
    // Combining marks, Greek, Cyrillic, Hebrew, Hangul jamo and kana sound marks before each.
    const before: string[] = [];
    for (let u = 0; u < 0x600; u++) before.push(String.fromCharCode(u));
    for (const u of [0x1100, 0x1161, 0x11a8, 0xac00, 0x3099, 0x309a, 0x304b]) {
      before.push(String.fromCharCode(u));
    }
    const changed: string[] = [];
    for (const ch of readyUnits()) {
      for (const p of before) {
        if ((p + ch).normalize('NFC') !== p.normalize('NFC') + ch) changed.push(p + ch);
      }
    }
    expect(changed).toEqual([]);
  });
});
