import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import type { Segment } from '../../src/types.js';
import { readSeed } from './seed.js';

const seed = readSeed();
const segments = segmentText(seed);

function kindsByParagraph(list: readonly Segment[]): string[] {
  const kinds: string[][] = [];
  for (const s of list) {
    kinds[s.paragraph] ??= [];
    kinds[s.paragraph]!.push(s.kind);
  }
  return kinds.map((k) => [...new Set(k)].join('+'));
}

describe('segmentText on the seed article', () => {
  it('recognises every block of the article, in order', () => {
    expect(kindsByParagraph(segments)).toEqual([
      'headline',
      'lede',
      'caption',
      'caption',
      'credit',
      'dateline+timestamp',
      'paragraph',
      'quote',
      'paragraph',
      'quote',
      'subheading',
      'paragraph',
      'quote',
      'paragraph',
      'quote',
      'paragraph',
      'subheading',
      'paragraph',
      'quote',
      'paragraph',
      'paragraph',
      'paragraph',
      'quote',
      'subheading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'factbox-title',
      'factbox',
      'factbox',
      'factbox',
      'factbox',
      'source',
      'boilerplate',
    ]);
  });

  it('splits the glued dateline into place and timestamp', () => {
    const block = segments.filter((s) => s.paragraph === 5);
    expect(block.map((s) => [s.kind, s.text])).toEqual([
      ['dateline', 'Uzbekistan'],
      ['timestamp', '2022-09-15 13:23'],
    ]);
  });

  it('cuts the quote paragraph after the first sentence, not at the attribution', () => {
    const quote = segments.filter((s) => s.paragraph === 7).map((s) => s.text);
    expect(quote).toEqual([
      '–\u2009Vi uppskattar högt den balanserade hållningen vad gäller Ukrainakrisen från våra kinesiska vänner.',
      'Vi förstår också era frågor och er oro kring detta och kommer att förklara vår ställning till det i detalj under mötet i dag, fastän vi redan har pratat om det, sade Vladimir Putin inför mötet med Xi Jinping.',
    ]);
  });

  it('keeps single-sentence quote paragraphs whole, attribution included', () => {
    const quotes = segments.filter((s) => s.kind === 'quote');
    expect(quotes.filter((s) => s.paragraph === 9).map((s) => s.text)).toEqual([
      '–\u2009Vi håller fast vid principen om ett Kina och vi fördömer provokationerna från USA och deras satellitstater i Taiwansundet, fortsatte Putin.',
    ]);
  });

  it('keeps the boilerplate with its no-break space as one segment', () => {
    const last = segments.at(-1)!;
    expect(last).toMatchObject({
      kind: 'boilerplate',
      text: 'Så jobbar vi med nyheter \u00a0Läs mer här!',
    });
  });

  it('gives back the text exactly from the segments and the whitespace between them', () => {
    let rebuilt = seed.slice(0, segments[0]!.start);
    segments.forEach((s, i) => {
      expect(seed.slice(s.start, s.end)).toBe(s.text);
      const next = segments[i + 1];
      const gap = seed.slice(s.end, next ? next.start : seed.length);
      expect(gap.trim()).toBe('');
      rebuilt += s.text + gap;
    });
    expect(rebuilt).toBe(seed);
  });

  it('segments the same whether or not the file ends with a newline', () => {
    const strip = (list: Segment[]) =>
      list.map(({ key, kind, text, paragraph }) => ({ key, kind, text, paragraph }));
    expect(strip(segmentText(`${seed}\n`))).toEqual(strip(segments));
  });
});

describe('segmentText on other article shapes', () => {
  it('finds a dateline spread over two lines and a caption above a credit in one block', () => {
    const text =
      'Rubrik här\n\nBilden visar mötet.\nFoto: Lisa Berglund/TT\n\nSamarkand\n2022-09-15 13:23\n\nBrödtext kommer här. Och mer.';
    expect(segmentText(text).map((s) => [s.kind, s.text])).toEqual([
      ['headline', 'Rubrik här'],
      ['caption', 'Bilden visar mötet.'],
      ['credit', 'Foto: Lisa Berglund/TT'],
      ['dateline', 'Samarkand'],
      ['timestamp', '2022-09-15 13:23'],
      ['lede', 'Brödtext kommer här.'],
      ['lede', 'Och mer.'],
    ]);
  });

  it('has no headline when the text opens with a long paragraph', () => {
    const kinds = segmentText(
      'Det här är ett långt stycke som börjar texten. Det har två meningar.',
    ).map((s) => s.kind);
    expect(kinds).toEqual(['lede', 'lede']);
  });

  it('returns no segments for an empty or blank text', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText('\n \n\n')).toEqual([]);
  });
});
