// mayEndAbbreviation is a pre-check: it may only rule out tokens that no join ending in them
// could make an entry, so skipping classifyAbbreviation after it never changes a cut.

import { describe, expect, it } from 'vitest';
import { classifyAbbreviation, mayEndAbbreviation } from '../../src/segment/abbreviations.js';
import { readSeed } from './seed.js';
import { readSegmentationCases } from './segmentation-cases.js';

/** Whitespace-separated tokens of every text the suite knows, with case variants. */
function readTokens(): string[] {
  const texts = [readSeed(), ...readSegmentationCases().map((c) => c.text)];
  const tokens = texts.flatMap((text) => text.split(/\s+/u)).filter(Boolean);
  return [...new Set(tokens.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()]))];
}

describe('mayEndAbbreviation', () => {
  it('passes every spelling of the listed abbreviations, spaced or not', () => {
    for (const token of ['bl.a.', 'a.', 'Bl.a.', 'T.ex.', 'ex.', 'St.', 'Dr.', 'KR.', 'c:a.']) {
      expect(mayEndAbbreviation(token), token).toBe(true);
    }
  });

  it('rules out words no abbreviation ends in', () => {
    for (const token of ['sig.', 'dag.', 'Sverige.', 'hem.', '2023.']) {
      expect(mayEndAbbreviation(token), token).toBe(false);
    }
  });

  it('never rules out a token classifyAbbreviation would find, after any pieces', () => {
    const tokens = readTokens();
    const pieces = [[], ['bl.'], ['o.', 's.'], ['fr.o.'], ['t.'], ['m.'], ['U.', 'S.']];
    for (const token of tokens) {
      const last = token.endsWith('.') ? token : `${token}.`;
      for (const before of pieces) {
        if (classifyAbbreviation([...before, last]) !== undefined) {
          expect(mayEndAbbreviation(last), `${before.join(' ')} ${last}`).toBe(true);
        }
      }
    }
  });
});
