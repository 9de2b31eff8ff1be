import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import { readSegmentationCases } from './segmentation-cases.js';

const cases = readSegmentationCases();

describe('splitSentences on the public Swedish cases', () => {
  it('gets at least 98% of the cases exactly right', () => {
    const failures = cases
      .map((c) => ({ c, got: splitSentences(c.text) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c.sentences));
    const accuracy = (cases.length - failures.length) / cases.length;
    console.info(
      `segmentation accuracy: ${(accuracy * 100).toFixed(1)}% (${cases.length - failures.length}/${cases.length})`,
    );
    const report = failures
      .map(
        ({ c, got }) =>
          `${c.id} [${c.tags.join(',')}]\n  want ${JSON.stringify(c.sentences)}\n  got  ${JSON.stringify(got)}`,
      )
      .join('\n');
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(accuracy, `failed cases:\n${report}`).toBeGreaterThanOrEqual(0.98);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s keeps every character', (_id, c) => {
    const sentences = splitSentences(c.text);
    let at = 0;
    for (const sentence of sentences) {
      const found = c.text.indexOf(sentence, at);
      expect(found).toBeGreaterThanOrEqual(at);
      expect(c.text.slice(at, found).trim()).toBe('');
      at = found + sentence.length;
    }
    expect(c.text.slice(at).trim()).toBe('');
  });
});
