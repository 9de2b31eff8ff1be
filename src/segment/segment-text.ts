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
  return assignKeys(
    blocks.map((block) => block.text),
    shapes,
    blocks.map((block, i) => segmentBlock(text, block, kinds[i]!, shapes[i]!)),
  );
}

function segmentBlock(text: string, block: Block, kind: SegmentKind, shape: Shape): Unkeyed[] {
  const { lines } = block;
  // A block of one line is that line.
  const lineTexts =
    lines.length === 1 ? [block.text] : lines.map((line) => text.slice(line.start, line.end));
  const lineShapes = lines.length === 1 ? [shape] : lineTexts.map((line) => readShape(line));
  const segments: Unkeyed[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineShape = lineShapes[i]!;
    if (lineShape === 'credit') {
      segments.push(makeSegment(text, block, line, 'credit'));
    } else if (lineShape === 'dateline' || lineShape === 'timestamp') {
      const parts = matchDateline(lineTexts[i]!)!;
      if (parts.place) {
        segments.push(makeSegment(text, block, offsetSpan(parts.place, line.start), 'dateline'));
      }
      segments.push(makeSegment(text, block, offsetSpan(parts.time, line.start), 'timestamp'));
    } else {
      const lineKind = readLineKind(kind, lineTexts, lineShapes, i);
      for (const span of findSentenceSpans(text, line.start, line.end)) {
        segments.push(makeSegment(text, block, span, lineKind));
      }
    }
  }
  return segments;
}

function makeSegment(text: string, block: Block, span: Span, kind: SegmentKind): Unkeyed {
  return {
    text: text.slice(span.start, span.end),
    kind,
    paragraph: block.index,
    start: span.start,
    end: span.end,
  };
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
