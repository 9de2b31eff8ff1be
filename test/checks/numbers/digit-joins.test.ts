import { describe, expect, it } from 'vitest';
import {
  COLON,
  DASH,
  DOT,
  digitJoins,
  H_AFTER,
  SLASH,
} from '../../../src/checks/numbers/digit-joins.js';

/** The joins by a walk over the characters: what the regex search must agree with. */
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

describe('digitJoins', () => {
  it('finds each join between digits', () => {
    expect(digitJoins('2022-09-15')).toBe(DASH);
    expect(digitJoins('15.09 kl 13:23, 1/2, 13h')).toBe(DOT | COLON | SLASH | H_AFTER);
    expect(digitJoins('1-2.3')).toBe(DASH | DOT);
    expect(digitJoins('a-b 1- 2 3.')).toBe(0);
    expect(digitJoins('')).toBe(0);
  });

  it('agrees with a walk over the characters on random text', () => {
    const alphabet = ['1', '9', '0', '-', '.', '/', ':', 'h', 'H', ' ', 'a', '٣', 'ö', '—'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 5000; round++) {
      let text = '';
      for (let i = random(14); i > 0; i--) text += alphabet[random(alphabet.length)];
      expect(digitJoins(text), JSON.stringify(text)).toBe(joinsByWalk(text));
    }
  });
});
