// The article as a two-language table: one row group per source paragraph, one row per segment.

import type { SegmentKind } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { describeLanguage, directionOf } from './language.js';
import type { ReviewPage, ReviewSegment } from './model.js';
import { renderSegmentRow } from './render-segment-row.js';

interface Block {
  paragraph: number;
  kind: SegmentKind;
  /** Index of the block's first segment on the page. */
  first: number;
  segments: ReviewSegment[];
}

const BOXED: ReadonlySet<SegmentKind> = new Set(['factbox-title', 'factbox']);

/** Consecutive segments of one source paragraph form a block; a repeated paragraph number later is a new block. */
export function groupBlocks(segments: readonly ReviewSegment[]): Block[] {
  const blocks: Block[] = [];
  segments.forEach((segment, index) => {
    const last = blocks.at(-1);
    if (last && last.paragraph === segment.paragraph) last.segments.push(segment);
    else
      blocks.push({
        paragraph: segment.paragraph,
        kind: segment.kind,
        first: index,
        segments: [segment],
      });
  });
  return blocks;
}

// A fact box is its title and body blocks, plus the source line right after it ("Källa: NE").
function isBoxed(blocks: readonly Block[], at: number): boolean {
  const block = blocks[at];
  if (!block) return false;
  if (BOXED.has(block.kind)) return true;
  return block.kind === 'source' && isBoxed(blocks, at - 1);
}

function countKeys(segments: readonly ReviewSegment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { key } of segments) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function renderArticleTable(page: ReviewPage): string {
  const blocks = groupBlocks(page.segments);
  const keyCounts = countKeys(page.segments);
  const dir = directionOf(page.lang);
  const sourceName = `${describeLanguage(page.sourceLang)} (${page.sourceLang})`;
  const targetName = `${describeLanguage(page.lang)} (${page.lang})`;
  const bodies = blocks.map((block, b) => {
    const boxed = isBoxed(blocks, b);
    const classes = ['block', `b-${block.kind}`];
    if (boxed) classes.push('box');
    if (boxed && !isBoxed(blocks, b - 1)) classes.push('box-start');
    if (boxed && !isBoxed(blocks, b + 1)) classes.push('box-end');
    const rows = block.segments.map((segment, s) =>
      renderSegmentRow(segment, {
        index: block.first + s,
        sourceLang: page.sourceLang,
        lang: page.lang,
        dir,
        showKind: s === 0 || block.segments[s - 1]?.kind !== segment.kind,
        keyCount: keyCounts.get(segment.key) ?? 1,
      }),
    );
    return `<tbody class="${classes.join(' ')}" role="rowgroup">${rows.join('\n')}</tbody>`;
  });
  return [
    '<table class="review" role="table">',
    `<caption class="vh">${escapeHtml(sourceName)} source and ${escapeHtml(targetName)} translation, segment by segment</caption>`,
    '<colgroup><col class="col-meta"><col class="col-src"><col class="col-tgt"></colgroup>',
    '<thead role="rowgroup"><tr role="row">',
    '<th scope="col" role="columnheader" class="meta-h">Segment</th>',
    `<th scope="col" role="columnheader">${escapeHtml(sourceName)}</th>`,
    `<th scope="col" role="columnheader">${escapeHtml(targetName)}</th>`,
    '</tr></thead>',
    ...bodies,
    '</table>',
  ].join('\n');
}
