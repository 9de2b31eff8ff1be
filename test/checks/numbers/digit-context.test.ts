import { describe, expect, it } from 'vitest';
import {
  BEFORE_CJK_YEAR,
  COLON,
  DASH,
  DAY_BEFORE_WORD,
  DIGIT,
  DOT,
  digitContext,
  H_AFTER,
  HOUR_AFTER_SPACE,
  SHORT_AFTER_SPACE,
  SHORT_BEFORE_HOUR_WORD,
  SHORT_BEFORE_MERIDIEM,
  SLASH,
} from '../../../src/checks/numbers/digit-context.js';
import { PASSES } from '../../../src/checks/numbers/extract-numbers.js';

const JOINS = DASH | DOT | SLASH | COLON | H_AFTER;

/** The joins by a walk over the characters: what the context must agree with. */
function joinsByWalk(text: string): number {
  const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
  let joins = 0;
  const last = text.length - 1;
  for (let i = 0; i < last; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 0x68) joins |= H_AFTER;
    else if (i + 1 < last && isDigit(text.charCodeAt(i + 2))) {
      if (next === 0x2d) joins |= DASH;
      else if (next === 0x2e) joins |= DOT;
      else if (next === 0x2f) joins |= SLASH;
      else if (next === 0x3a) joins |= COLON;
    }
  }
  return joins;
}

function randomTexts(alphabet: readonly string[], rounds: number, maxParts: number): string[] {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const texts: string[] = [];
  for (let round = 0; round < rounds; round++) {
    let text = '';
    for (let i = random(maxParts); i > 0; i--) text += alphabet[random(alphabet.length)];
    texts.push(text);
  }
  return texts;
}

describe('digitContext', () => {
  it('finds each join between digits', () => {
    expect(digitContext('2022-09-15') & JOINS).toBe(DASH);
    expect(digitContext('15.09 kl 13:23, 1/2, 13h') & JOINS).toBe(DOT | COLON | SLASH | H_AFTER);
    expect(digitContext('1-2.3') & JOINS).toBe(DASH | DOT);
    expect(digitContext('a-b 1- 2 3.') & JOINS).toBe(0);
    expect(digitContext('')).toBe(0);
    expect(digitContext('no digits')).toBe(0);
  });

  it('tells the neighbourhoods of short runs apart', () => {
    expect(digitContext('sedan 2017, enligt')).toBe(DIGIT);
    expect(digitContext('den 15 september') & DAY_BEFORE_WORD).toBe(DAY_BEFORE_WORD);
    expect(digitContext('3,5 procent') & DAY_BEFORE_WORD).toBe(0);
    expect(digitContext('May 15') & SHORT_AFTER_SPACE).toBe(SHORT_AFTER_SPACE);
    expect(digitContext('kl.\u00a0123') & HOUR_AFTER_SPACE).toBe(HOUR_AFTER_SPACE);
    expect(digitContext('kl. 1234') & HOUR_AFTER_SPACE).toBe(0);
    expect(digitContext('9\u202fpm') & SHORT_BEFORE_MERIDIEM).toBe(SHORT_BEFORE_MERIDIEM);
    expect(digitContext('13 Uhr') & SHORT_BEFORE_HOUR_WORD).toBe(SHORT_BEFORE_HOUR_WORD);
    expect(digitContext('2022 年') & BEFORE_CJK_YEAR).toBe(BEFORE_CJK_YEAR);
  });

  it('agrees with a walk over the characters on random text', () => {
    const alphabet = ['1', '9', '0', '-', '.', '/', ':', 'h', 'H', ' ', 'a', '٣', 'ö', '—'];
    for (const text of randomTexts(alphabet, 5000, 14)) {
      expect(digitContext(text) & JOINS, JSON.stringify(text)).toBe(joinsByWalk(text));
    }
  });

  // extractNumbers skips a pass whose bits are missing: exact only if the pass could not match.
  it('has a bit of every pass wherever its gate and pattern match', () => {
    const alphabet = [
      ...['1', '12', '123', '2022', '12345', '09', '3,5', '1 000', '12\u00a0500', '13.23', '13:23'],
      ...['9.30', '13h23', '13 h 23', '15/6', '15.6.', '15.09.2022', '9/15/22', '2022-09-15'],
      ...['2022年9月15日', '2022년 9월 15일', '年', '년', 'kl.', 'Kl', 'klo', 'um', 'at', 'à', 'о'],
      ...['a las', 'alle', 'Uhr', "o'clock", 'h', 'U', 'o', 'am', 'PM', 'a.m.', 'p', 'A'],
      ...['September', 'sep.', 'Jan', 'maj', 'вересня', 'de', 'of', 'del', 'st', 'th', ':e', '-го'],
      ...[' ', ' ', '  ', '\t', '\n', '\u00a0', '\u202f', '\u3000', '\ufeff', '\u2028', '\u200b'],
      ...[',', '.', ':', '/', '-', ';', '_', '😀', 'ſ', 'ö', '٣', 'x'],
    ];
    let matched = 0;
    for (const text of randomTexts(alphabet, 20000, 10)) {
      const context = digitContext(text);
      for (const [pattern, , needs, gate] of PASSES) {
        pattern.lastIndex = 0;
        const matches = (gate === undefined || gate.test(text)) && pattern.test(text);
        pattern.lastIndex = 0;
        if (!matches) continue;
        matched++;
        expect(context & needs, `${pattern.source} on ${JSON.stringify(text)}`).not.toBe(0);
      }
    }
    expect(matched).toBeGreaterThan(20000);
  });
});
