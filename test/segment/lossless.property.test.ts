// Property: whatever Swedish-ish text comes in, segments are exact, ordered substrings with only
// whitespace between them, and their keys stay valid for i18next.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText, splitSentences } from '../../src/segment/index.js';

// `|`-separated so the formatter keeps the list short.
const WORDS = (
  'Det|är|och|Putin|Xi Jinping|SCO|bl.a.|t.ex.|kl.|kl. 13.23|m.m.|osv.|ca|S:t|J. K.|U.S.A.|' +
  '3,5|12\u00a0500|2022-09-15 13:23|Uzbekistan|tt.se|nyheter@tt.se|iPhone|”|"|»|«|(|)|[…]|' +
  '…|...|.|!|?|?!|,|:|;|–|—|-|Foto:|Fakta:|Källa:|Så jobbar vi med nyheter|Läs mer här!|' +
  'sade hon.|(TT)|Obs!|å|Ö|é|1)|2023'
).split('|');
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '',
  '  ',
  '\u00a0',
  '\u2009',
  '\t',
  '\n',
  '\n\n',
  '\n \n',
  ' \n\n\n',
];

const swedishish = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([word, sep]) => word + sep).join(''));

function expectOnlyWhitespace(text: string): void {
  expect(text.trim()).toBe('');
}

describe('segmentation never loses or changes a character', () => {
  it('segmentText: exact substrings, whitespace between, valid keys', () => {
    fc.assert(
      fc.property(swedishish, (text) => {
        const segments = segmentText(text);
        let at = 0;
        let paragraph = 0;
        for (const s of segments) {
          expect(s.start).toBeGreaterThanOrEqual(at);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
          expectOnlyWhitespace(text.slice(at, s.start));
          expect(s.paragraph).toBeGreaterThanOrEqual(paragraph);
          expect(s.key).toMatch(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)?$/);
          at = s.end;
          paragraph = s.paragraph;
        }
        expectOnlyWhitespace(text.slice(at));
      }),
      { numRuns: 400 },
    );
  });

  it('splitSentences: the sentences and the whitespace between them rebuild the text', () => {
    fc.assert(
      fc.property(swedishish, (text) => {
        const sentences = splitSentences(text);
        let at = 0;
        for (const sentence of sentences) {
          const found = text.indexOf(sentence, at);
          expect(found).toBeGreaterThanOrEqual(at);
          expectOnlyWhitespace(text.slice(at, found));
          at = found + sentence.length;
        }
        expectOnlyWhitespace(text.slice(at));
        expect(sentences.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
      }),
      { numRuns: 400 },
    );
  });
});

describe('abbreviations that never end a sentence', () => {
  const abbreviation = fc.constantFrom(
    'bl.a.',
    't.ex.',
    'kl.',
    'bl. a.',
    't. ex.',
    'p.g.a.',
    's.k.',
    'ca.',
  );
  const follower = fc.constantFrom(
    'Turkiet',
    'Kina',
    'det',
    '13.23',
    '8',
    'Sverige',
    'EU',
    'iPhone',
    'Den',
  );

  it('bl.a., t.ex., kl. and their kin never end a sentence, whatever follows', () => {
    fc.assert(
      fc.property(abbreviation, follower, (abbr, next) => {
        const text = `Han nämnde ${abbr} ${next} i talet. Sedan gick han.`;
        const sentences = splitSentences(text);
        expect(sentences).toEqual([`Han nämnde ${abbr} ${next} i talet.`, 'Sedan gick han.']);
      }),
    );
  });
});
