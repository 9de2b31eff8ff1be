import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editCorpus } from '../../scripts/bench/edit-corpus.js';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';
import { readCorpusShape } from '../../scripts/bench/lower-bound.js';
import { writeArticles } from '../../scripts/bench/write-project.js';
import { SEGMENT_KINDS } from '../../src/config/index.js';
import { segmentText } from '../../src/segment/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-bench-test-'));
  made.push(dir);
  return dir;
}

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same articles, another seed others', () => {
    expect(generateCorpus(20, 7)).toEqual(generateCorpus(20, 7));
    const other = generateCorpus(20, 8);
    expect(other.map((a) => a.text)).not.toEqual(generateCorpus(20, 7).map((a) => a.text));
  });

  it('gives article n the same text in every corpus size', () => {
    const small = generateCorpus(5);
    const large = generateCorpus(50);
    expect(large.slice(0, 5)).toEqual(small);
    expect(large.map((a) => a.name).slice(0, 2)).toEqual([
      'article-00001.txt',
      'article-00002.txt',
    ]);
  });

  it("writes articles tolk reads with the seed's structure", () => {
    const kinds = new Map<string, number>();
    for (const article of generateCorpus(30)) {
      for (const segment of segmentText(article.text)) {
        kinds.set(segment.kind, (kinds.get(segment.kind) ?? 0) + 1);
      }
      // Every sentence the edit run may touch is a sentence of its own after segmentation.
      const texts = new Set(segmentText(article.text).map((s) => s.text));
      for (const sentence of article.sentences) expect(texts).toContain(sentence);
    }
    for (const kind of SEGMENT_KINDS) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
  });

  it('repeats a newsroom-like share of segments across articles, body sentences almost never', async () => {
    const dir = tempDir();
    const articles = generateCorpus(200);
    await writeArticles(dir, articles);
    const shape = await readCorpusShape(dir, dir);
    expect(shape.repeatedShare).toBeGreaterThan(0.15);
    expect(shape.repeatedShare).toBeLessThan(0.4);
    const sentences = articles.flatMap((a) => a.sentences);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.98);
  });
});

describe('editCorpus', () => {
  it('edits the asked number of distinct sentences in place, deterministically', () => {
    const articles = generateCorpus(40);
    const edit = editCorpus(articles, 12, 3);
    expect(edit).toEqual(editCorpus(articles, 12, 3));
    expect(edit.edited).toHaveLength(12);
    const changed = new Set(edit.changed);
    edit.articles.forEach((article, i) => {
      const before = articles[i]!;
      expect(article.text !== before.text).toBe(changed.has(article.name));
    });
    for (const sentence of edit.edited) {
      expect(edit.articles.some((a) => a.text.includes(sentence))).toBe(true);
      expect(articles.some((a) => a.text.includes(sentence))).toBe(false);
    }
  });
});
