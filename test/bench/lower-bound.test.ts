import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CorpusShape,
  countCodePoints,
  countLowerBound,
  readCorpusShape,
} from '../../scripts/bench/lower-bound.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function shapeOf(texts: string[]): CorpusShape {
  return {
    segments: texts.length,
    engineSegments: texts.length,
    distinctTexts: texts.length,
    distinctCharacters: texts.reduce((s, t) => s + countCodePoints(t), 0),
    allCharacters: 0,
    repeatedShare: 0,
    texts,
    contexts: texts.map(() => ''),
    sequence: texts,
  };
}

describe('countLowerBound', () => {
  it('packs 50 short texts per request', () => {
    const texts = Array.from({ length: 101 }, (_, i) => `Mening nummer ${i}.`);
    expect(countLowerBound(shapeOf(texts), 'de', {}, ['de'])).toBe(Math.ceil(101 / 50));
  });

  it('counts form-encoded bytes: å costs 6, so long Swedish texts fill 128 KiB first', () => {
    // Each text is `&text=` + 3 000 × `%C3%A5`: 18 006 bytes; 7 fit in 128 KiB with the fixed
    // fields, 8 do not (144 048 bytes).
    const texts = Array.from(
      { length: 120 },
      (_, i) => `${'å'.repeat(3000 - String(i).length)}${i}`,
    );
    const perRequest = Math.floor((128 * 1024 - 300) / (6 + 3000 * 6));
    expect(perRequest).toBe(7);
    expect(countLowerBound(shapeOf(texts), 'de', {}, ['de'])).toBe(Math.ceil(120 / perRequest));
  });

  it('refuses a target DeepL does not translate into', () => {
    expect(() => countLowerBound(shapeOf(['Hej.']), 'nn', {}, ['nn'])).toThrow(/nn/);
  });
});

describe('readCorpusShape', () => {
  it('sends a credit as its label, a timestamp not at all, and each repeated text once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tolk-bench-test-'));
    made.push(dir);
    const article = (headline: string) =>
      `${headline}\n\nPutin möter Xi i Samarkand.\n\nFoto: Ng Han Guan/AP/TT\n\nSamarkand2022-09-15 13:23\n\nSå jobbar vi med nyheter  Läs mer här!\n`;
    writeFileSync(join(dir, 'a.txt'), article('Första rubriken i dag'));
    writeFileSync(join(dir, 'b.txt'), article('Andra rubriken i dag'));
    const shape = await readCorpusShape(dir, dir);
    expect(shape.texts).toContain('Foto');
    expect(shape.texts.some((t) => t.includes('2022-09-15'))).toBe(false);
    expect(shape.texts.filter((t) => t === 'Putin möter Xi i Samarkand.')).toHaveLength(1);
    expect(shape.engineSegments).toBe(shape.sequence.length);
    expect(shape.distinctTexts).toBeLessThan(shape.engineSegments);
    // Headlines differ; the sentence, the credit label, the place and the boilerplate repeat.
    expect(shape.repeatedShare).toBeCloseTo(8 / 10);
  });

  it('counts characters as DeepL bills them: code points', () => {
    expect(countCodePoints('Kina 🇨🇳')).toBe(7);
  });
});
