import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../src/checks/text/word-table.js';

describe('WordTable', () => {
  const listed = new Map([
    ['och', 1],
    ['att', 2],
    ['på', 3],
    ['smörgåsbord', 4],
    ['i', 5],
    ['д', 6],
    ['𝒜b', 7],
  ]);
  const table = new WordTable(listed);

  it('gives the number of a listed range and 0 for any other', () => {
    const text = 'och att på smörgåsbord i д 𝒜b ochs oc ttatt smörgåsbor o';
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(table.get(text, start, end)).toBe(listed.get(text.slice(start, end)) ?? 0);
      }
    }
  });

  it('finds every word of a table many times larger than its first slots', () => {
    const many = new Map(Array.from({ length: 3000 }, (_, i) => [`w${i.toString(36)}`, i + 1]));
    const large = new WordTable(many);
    for (const [word, value] of many)
      expect(large.get(` ${word} `, 1, word.length + 1)).toBe(value);
    expect(large.get('w', 0, 1)).toBe(0);
    expect(large.longest).toBe(4);
  });

  it('refuses an empty word or a 0, which it could not tell from a word not listed', () => {
    expect(() => new WordTable(new Map([['', 1]]))).toThrow(/cannot list/);
    expect(() => new WordTable(new Map([['a', 0]]))).toThrow(/cannot list/);
  });
});
