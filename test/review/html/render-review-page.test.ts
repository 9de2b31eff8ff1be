import { describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../../src/review/html/index.js';
import type { ReviewPage, ReviewSegment } from '../../../src/review/html/model.js';
import type { SegmentKind } from '../../../src/types.js';

function segment(
  key: string,
  kind: SegmentKind,
  paragraph: number,
  extra: Partial<ReviewSegment> = {},
): ReviewSegment {
  return {
    key,
    kind,
    paragraph,
    source: `sv ${key}`,
    target: `tr ${key}`,
    status: 'machine',
    findings: [],
    sourceTerms: [],
    targetTerms: [],
    ...extra,
  };
}

function page(segments: ReviewSegment[], extra: Partial<ReviewPage> = {}): ReviewPage {
  return {
    ns: 'ns',
    lang: 'de',
    sourceLang: 'sv',
    title: 'Rubrik',
    generatedBy: 'tolk 0.1.0',
    segments,
    ...extra,
  };
}

const tbodies = (html: string) => [
  ...html.matchAll(/<tbody class="([^"]*)"[^>]*>(.*?)<\/tbody>/gs),
];

describe('renderReviewPage structure', () => {
  it('groups consecutive segments of a paragraph into one row group, in document order', () => {
    const html = renderReviewPage(
      page([
        segment('h', 'headline', 0),
        segment('p1', 'paragraph', 1),
        segment('p2', 'paragraph', 1),
        segment('c', 'caption', 2),
        segment('h', 'headline', 3),
      ]),
    );
    const groups = tbodies(html).map(([, cls, body]) => [
      cls,
      [...body!.matchAll(/data-key="([^"]*)"/g)].map((m) => m[1]),
    ]);
    expect(groups).toEqual([
      ['block b-headline', ['h']],
      ['block b-paragraph', ['p1', 'p2']],
      ['block b-caption', ['c']],
      ['block b-headline', ['h']],
    ]);
    expect(html.match(/Key used 2×/g)).toHaveLength(2);
  });

  it('names the kind once per paragraph and again where the kind changes', () => {
    const html = renderReviewPage(
      page([
        segment('d', 'dateline', 0),
        segment('t', 'timestamp', 0),
        segment('p1', 'paragraph', 1),
        segment('p2', 'paragraph', 1),
      ]),
    );
    expect(
      [...html.matchAll(/<span class="kind( vh)?">([^<]*)<\/span>/g)].map((m) => [m[2], !m[1]]),
    ).toEqual([
      ['Dateline · ¶ 1', true],
      ['Timestamp · ¶ 1', true],
      ['Paragraph · ¶ 2', true],
      ['Paragraph · ¶ 2', false],
    ]);
  });

  it('boxes a fact box with the source line that closes it, and nothing else', () => {
    const html = renderReviewPage(
      page([
        segment('p', 'paragraph', 0),
        segment('ft', 'factbox-title', 1),
        segment('f1', 'factbox', 2),
        segment('f2', 'factbox', 3),
        segment('s', 'source', 4),
        segment('b', 'boilerplate', 5),
      ]),
    );
    expect(tbodies(html).map(([, cls]) => cls)).toEqual([
      'block b-paragraph',
      'block b-factbox-title box box-start',
      'block b-factbox box',
      'block b-factbox box',
      'block b-source box box-end',
      'block b-boilerplate',
    ]);
  });

  it('sets the language and direction of each side and names both in the headers', () => {
    const html = renderReviewPage(page([segment('p', 'paragraph', 0)], { lang: 'ar' }));
    expect(html).toContain('<td class="src" role="cell" lang="sv">');
    expect(html).toContain('<td class="tgt" role="cell" lang="ar" dir="rtl">');
    expect(html).toContain('>Swedish (sv)</th>');
    expect(html).toContain('>Arabic (ar)</th>');
    expect(renderReviewPage(page([segment('p', 'paragraph', 0)], { lang: 'en-GB' }))).toContain(
      '>British English (en-GB)</th>',
    );
  });

  it('says a translation is missing in words, and lists findings without a segment', () => {
    const finding = {
      lang: 'de',
      ns: 'ns',
      key: 'gone',
      check: 'orphan-key',
      severity: 'warning' as const,
      message: 'Key "gone" has no Swedish source.',
    };
    const html = renderReviewPage(
      page([segment('p', 'paragraph', 0, { target: undefined, status: 'missing' })], {
        pageFindings: [finding],
      }),
    );
    expect(html).toContain('<span class="text missing-text" lang="en">No translation</span>');
    expect(html).toContain('Missing</span>');
    expect(html).toContain(
      '<code class="check">orphan-key</code> <span class="msg">Key &quot;gone&quot; has no Swedish source.</span>',
    );
    expect(html).not.toMatch(/segments? changed since/);
  });

  it('writes a self-contained document: no scripts, no external references', () => {
    const html = renderReviewPage(
      page([segment('p', 'paragraph', 0, { changed: { before: 'tr alt' } })], { base: 'main' }),
    );
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).toContain('1 segment changed since <code>main</code>.');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
  });
});
