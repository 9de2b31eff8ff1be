import { describe, expect, it } from 'vitest';
import { collapseToSame, normaliseSpace } from '../../src/checks/text/space.js';

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

describe('collapseToSame', () => {
  it('tells whether two texts collapse and trim to the same, as replace and trim do', () => {
    const alphabet = [
      'a',
      'b',
      ' ',
      ' ',
      '\t',
      '\n',
      '\v',
      '\u00a0',
      '\u2005',
      '\u3000',
      '\ufeff',
      'ä',
    ];
    let seed = 5;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const randomText = () => {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      return text;
    };
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (let n = 0; n < 20000; n++) {
      const a = randomText();
      // Half the time the other text is the first with its whitespace changed, perhaps cut or
      // lengthened.
      const b =
        random() < 0.5
          ? randomText()
          : a
              .replace(/\s/g, () => alphabet[2 + Math.floor(random() * 9)]!.repeat(1 + (n % 2)))
              .slice(0, random() < 0.8 ? a.length * 2 : Math.floor(random() * a.length)) +
            (random() < 0.2 ? 'a' : '');
      const expected = collapse(a) === collapse(b);
      expect(collapseToSame(a, b), JSON.stringify([a, b])).toBe(expected);
      expect(collapseToSame(b, a), JSON.stringify([b, a])).toBe(expected);
    }
  });
});
