// Text → blocks → kinds → sentences → keys: the segment stage in one screen.

import type { Segment, SegmentKind } from '../types.js';
import { classifyBlocks } from './classify-blocks.js';
import { assignKeys } from './keys.js';
import { isPlace, isTimestamp, matchDateline, readShape, type Shape } from './read-shape.js';
import { type Block, splitBlocks } from './split-blocks.js';
import { findSentenceSpans, type Span } from './split-sentences.js';

type Unkeyed = Omit<Segment, 'key'>;

/**
 * Splits a Swedish news text (BOM-stripped, LF line ends) into keyed segments in document order.
 * Blocks are blank-line-separated paragraphs; each gets a kind (headline, lede, caption, credit,
 * dateline + timestamp, paragraph, quote, subheading, fact box, source, boilerplate) and is cut
 * into sentences. Segment texts are exact substrings; only whitespace lies between them.
 */
export function segmentText(text: string): Segment[] {
  const blocks = splitBlocks(text);
  // A block's shape decides its kind, its lines' kinds and its key: read it once.
  const shapes = blocks.map((block) => readShape(block.text));
  const kinds = classifyBlocks(blocks, shapes);
  const segments = blocks.flatMap((block, i) => segmentBlock(text, block, kinds[i]!, shapes[i]!));
  return assignKeys(
    blocks.map((block) => block.text),
    shapes,
    segments,
  );
}

function segmentBlock(text: string, block: Block, kind: SegmentKind, shape: Shape): Unkeyed[] {
  const lineTexts = block.lines.map((line) => text.slice(line.start, line.end));
  // A block of one line is that line.
  const lineShapes = lineTexts.length === 1 ? [shape] : lineTexts.map((line) => readShape(line));
  return block.lines.flatMap((line, i) => {
    const make = (span: Span, spanKind: SegmentKind): Unkeyed => ({
      text: text.slice(span.start, span.end),
      kind: spanKind,
      paragraph: block.index,
      start: span.start,
      end: span.end,
    });
    const shape = lineShapes[i]!;
    if (shape === 'credit') return [make(line, 'credit')];
    if (shape === 'dateline' || shape === 'timestamp') {
      const parts = matchDateline(lineTexts[i]!)!;
      const time = make(offsetSpan(parts.time, line.start), 'timestamp');
      return parts.place ? [make(offsetSpan(parts.place, line.start), 'dateline'), time] : [time];
    }
    const lineKind = readLineKind(kind, lineTexts, lineShapes, i);
    return findSentenceSpans(text, line.start, line.end).map((span) => make(span, lineKind));
  });
}

/** Inside a block of several lines: a place above a timestamp, a caption above a credit. */
function readLineKind(
  blockKind: SegmentKind,
  lines: readonly string[],
  shapes: readonly string[],
  i: number,
): SegmentKind {
  if (lines.length === 1) return blockKind;
  const below = lines[i + 1];
  if (below !== undefined && isTimestamp(below) && isPlace(lines[i]!)) return 'dateline';
  if (shapes[i + 1] === 'credit' && blockKind !== 'headline') return 'caption';
  return blockKind === 'credit' ? 'paragraph' : blockKind;
}

function offsetSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}
