import { describe, expect, it } from 'vitest';
import { createAnalyse, createMemo } from '../../src/checks/memo.js';

describe('createAnalyse', () => {
  it('computes each slot of each side once, undefined results included', () => {
    const memo = createMemo();
    const calls: string[] = [];
    const analyse = createAnalyse(memo, 'källa', 'sv', 'source', 'en');
    const nothing = (text: string, lang: string) => {
      calls.push(`${lang}:${text}`);
      return undefined;
    };
    expect(analyse('target', 'a', nothing)).toBeUndefined();
    expect(analyse('target', 'a', nothing)).toBeUndefined();
    expect(analyse('source', 'a', nothing)).toBeUndefined();
    expect(analyse('source', 'a', nothing)).toBeUndefined();
    expect(calls).toEqual(['en:source', 'sv:källa']);
  });

  it('keeps what a slot computes while computing another, and shares the source side', () => {
    const memo = createMemo();
    const first = createAnalyse(memo, 'källa', 'sv', 'target', 'de');
    const inner = first('target', 'outer', () => `${first('target', 'inner', (t) => t.length)}!`);
    expect(inner).toBe('6!');
    expect(first('target', 'inner', () => -1)).toBe(6);
    expect(first('source', 's', (t, lang) => `${lang}:${t}`)).toBe('sv:källa');
    const second = createAnalyse(memo, 'källa', 'sv', 'other', 'en');
    expect(second('source', 's', () => 'again')).toBe('sv:källa');
    expect(second('target', 'inner', (t) => t.length)).toBe(5);
  });
});

describe('createMemo', () => {
  it('keeps an undefined value and forgets on request', () => {
    const memo = createMemo();
    let calls = 0;
    const compute = () => {
      calls++;
      return undefined;
    };
    memo.get('slot', 'key', compute);
    memo.get('slot', 'key', compute);
    expect(calls).toBe(1);
    memo.forget('slot', 'key');
    memo.get('slot', 'key', compute);
    expect(calls).toBe(2);
  });
});
