import { describe, expect, it } from 'vitest';
import { maskSpans, replaceMatches } from '../../../src/checks/text/mask.js';

function randomTexts(alphabet: readonly string[], count: number): string[] {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(random() * 10);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}

describe('replaceMatches', () => {
  it('gives what String#replace gives, for patterns that never match an empty string', () => {
    const patterns = [
      /(?=[PSk])(?<![\p{L}\p{N}])(?:Vladimir Putin|Putin|SCO|Kina)(?::s|['’]s|s['’]?|['’])?(?![\p{L}\p{N}])/gu,
      /(?=[PSk])(?<![\p{L}\p{N}])(?:Vladimir Putin|Putin|SCO|Kina)(?::s|['’]s|s['’]?|['’])?(?![\p{L}\p{N}])/giu,
      /\((?:\s*[\p{L}'’-]+){1,3}\s*\)/gu,
      /["“„«‘‚‹][\p{L}'’-]+["”“»’‘›]/gu,
      /x+/g,
    ];
    const alphabet = [
      'Putin',
      'putin',
      'Vladimir ',
      'SCO',
      'KINA',
      ':s',
      "'s",
      's',
      '’',
      ' ',
      '(',
      ')',
      '“',
      '”',
      '"',
      'x',
      'å',
      '𝒜',
      '1',
    ];
    for (const text of randomTexts(alphabet, 3000)) {
      for (const pattern of patterns) {
        expect(replaceMatches(text, pattern, ' ')).toBe(text.replace(pattern, ' '));
        expect(pattern.lastIndex).toBe(0);
      }
    }
  });
});

describe('maskSpans', () => {
  it('blanks each span, overlapping ones once', () => {
    expect(
      maskSpans('a {{x}} b <i>c</i>', [
        { start: 2, end: 7 },
        { start: 10, end: 13 },
        { start: 14, end: 18 },
        { start: 3, end: 6 },
      ]),
    ).toBe('a   b  c ');
  });
});
