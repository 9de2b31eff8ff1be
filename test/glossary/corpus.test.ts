// The glossary promise, measured on a corpus: every term occurrence in 60+ tricky Swedish
// sentences comes out pinned in every target, through an engine that mangles names.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findUnpinnedTerms,
  maskTerms,
  matchTerms,
  parseGlossary,
  restoreTerms,
} from '../../src/glossary/index.js';
import { TARGETS } from './helpers.js';
import { unhelpfulEngine } from './unhelpful-engine.js';

const folder = join(import.meta.dirname, '../fixtures/glossary/corpus');
const file = join(folder, 'glossary.yaml');
const { glossary, warnings } = parseGlossary(readFileSync(file, 'utf8'), file, {
  targets: TARGETS,
});
const rows = readFileSync(join(folder, 'sentences.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [sentence = '', expected = ''] = line.split('\t');
    return { sentence, expected: expected === '' ? [] : expected.split(' | ') };
  });

function translateMasked(sentence: string, lang: string) {
  const { masked, pins } = maskTerms(sentence, matchTerms(sentence, glossary), lang);
  return restoreTerms(unhelpfulEngine(masked, lang), pins);
}

describe('the glossary corpus', () => {
  it('has at least 60 sentences and a glossary without problems', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(warnings).toEqual([]);
  });

  it.each(rows.map((r) => [r.sentence, r.expected] as const))(
    'finds the terms in %j',
    (sentence, expected) => {
      expect(matchTerms(sentence, glossary).map((m) => m.text)).toEqual(expected);
    },
  );

  it.each(TARGETS)(
    'pins every occurrence in %s through the unhelpful engine with masking',
    (lang) => {
      let occurrences = 0;
      const failures: string[] = [];
      for (const { sentence } of rows) {
        occurrences += matchTerms(sentence, glossary).length;
        const restored = translateMasked(sentence, lang);
        if (restored.damaged.length > 0)
          failures.push(`damaged tokens ${restored.damaged} in ${sentence}`);
        for (const miss of findUnpinnedTerms(sentence, restored.text, glossary, lang)) {
          failures.push(`${miss.match.text} → ${miss.expected} missing in: ${restored.text}`);
        }
      }
      expect(occurrences).toBe(rows.reduce((n, r) => n + r.expected.length, 0));
      expect(failures).toEqual([]);
    },
  );

  it.each(TARGETS)('the check catches the engine in %s when terms are not masked', (lang) => {
    let occurrences = 0;
    let unpinned = 0;
    for (const { sentence } of rows) {
      occurrences += matchTerms(sentence, glossary).length;
      unpinned += findUnpinnedTerms(
        sentence,
        unhelpfulEngine(sentence, lang),
        glossary,
        lang,
      ).length;
    }
    // Kept acronyms and names the engine's dictionary knows survive; the rest are mangled.
    expect(unpinned).toBeGreaterThan(occurrences / 2);
  });
});
