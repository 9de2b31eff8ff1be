import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../src/checks/text/space.js';

/** What normaliseSpace did as a regex; the walk by code unit must agree with it everywhere. */
const IRREGULAR = /\s\s|^\s|\s$|[\t\n\r\u00a0\u202f]/;
const byRegex = (text: string) => (IRREGULAR.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

describe('normaliseSpace', () => {
  it('makes runs one space and trims, as the regex did, for every code unit', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `a${c}${c}b`, `a ${c}b`, `${c}a`, `a${c}`]) {
        if (normaliseSpace(text) !== byRegex(text)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  });

  it('leaves regular text as it is', () => {
    expect(normaliseSpace('Putin möter Xi i Peking.')).toBe('Putin möter Xi i Peking.');
    expect(normaliseSpace('  a\u2005\u2005b\t')).toBe('a b');
    expect(normaliseSpace('a\u00a0b')).toBe('a b');
    expect(normaliseSpace('a\vb')).toBe('a\vb');
  });
});
