// The structure of a Swedish news article: which block is the headline, lede, caption, fact box …
// Unlike a block's shape, its kind may depend on its neighbours (a caption is what a credit follows).

import type { SegmentKind } from '../types.js';
import { isHeadingShaped, isPlace, readShape, type Shape } from './read-shape.js';
import type { Block } from './split-blocks.js';

type Kinds = Array<SegmentKind | undefined>;

/** One kind per block, in order; `shapes[i]` is the shape of block `i`'s text. */
export function classifyBlocks(blocks: readonly Block[], shapes: readonly Shape[]): SegmentKind[] {
  const kinds: Kinds = new Array(blocks.length).fill(undefined);
  const bodyEnd = markBoilerplate(blocks, shapes, kinds);
  const first = blocks[0];
  if (
    first &&
    (shapes[0] === 'heading' || shapes[0] === 'prose') &&
    isHeadingShaped(first.text, 20)
  ) {
    kinds[0] = 'headline';
  }
  markFactboxes(shapes, kinds, bodyEnd);
  markOwnKinds(shapes, kinds);
  markDatelinePlaces(blocks, shapes, kinds);
  markCaptions(blocks, shapes, kinds);
  markSubheadings(shapes, kinds);
  const lede = kinds.findIndex((kind, i) => kind === undefined && shapes[i] === 'prose');
  if (lede >= 0) kinds[lede] = 'lede';
  return kinds.map((kind) => kind ?? 'paragraph');
}

/** Site furniture: the trailing run of boilerplate blocks, and short ones anywhere. Returns where the body ends. */
function markBoilerplate(blocks: readonly Block[], shapes: readonly Shape[], kinds: Kinds): number {
  let bodyEnd = blocks.length;
  while (bodyEnd > 0 && shapes[bodyEnd - 1] === 'boilerplate') kinds[--bodyEnd] = 'boilerplate';
  for (let i = 0; i < blocks.length; i++) {
    if (shapes[i] === 'boilerplate' && blocks[i]!.text.split(/\s+/u).length <= 12) {
      kinds[i] = 'boilerplate';
    }
  }
  return bodyEnd;
}

/** Shapes that end a fact box that has no `Källa:` line: dialogue, photos and datelines belong to the body. */
const FACTBOX_ENDS: ReadonlySet<Shape> = new Set([
  'factbox-title',
  'quote',
  'credit',
  'dateline',
  'timestamp',
]);

function markFactboxes(shapes: readonly Shape[], kinds: Kinds, bodyEnd: number): void {
  for (let i = 0; i < bodyEnd; i++) {
    if (shapes[i] !== 'factbox-title' || kinds[i] !== undefined) continue;
    kinds[i] = 'factbox-title';
    for (let j = i + 1; j < bodyEnd && !FACTBOX_ENDS.has(shapes[j]!); j++) {
      if (shapes[j] === 'source') {
        kinds[j] = 'source';
        break;
      }
      kinds[j] ??= 'factbox';
    }
  }
}

const OWN_KINDS: Partial<Record<Shape, SegmentKind>> = {
  credit: 'credit',
  quote: 'quote',
  source: 'source',
  'factbox-title': 'factbox-title',
  dateline: 'dateline',
  timestamp: 'timestamp',
};

/** Kinds a block has by its text alone. */
function markOwnKinds(shapes: readonly Shape[], kinds: Kinds): void {
  for (let i = 0; i < shapes.length; i++) kinds[i] ??= OWN_KINDS[shapes[i]!];
}

/** `Uzbekistan` alone above `2022-09-15 13:23`: a dateline split over two blocks. */
function markDatelinePlaces(
  blocks: readonly Block[],
  shapes: readonly Shape[],
  kinds: Kinds,
): void {
  for (let i = 1; i < shapes.length; i++) {
    const before = blocks[i - 1]!;
    if (shapes[i] === 'timestamp' && kinds[i - 1] === undefined && isPlace(before.text)) {
      kinds[i - 1] = 'dateline';
    }
  }
}

/** The block right above a photo credit is its caption; identical repeats of it are too. */
function markCaptions(blocks: readonly Block[], shapes: readonly Shape[], kinds: Kinds): void {
  const captions = new Set<string>();
  for (let i = 1; i < shapes.length; i++) {
    if (shapes[i] !== 'credit' || kinds[i - 1] !== undefined) continue;
    if (shapes[i - 1] === 'prose' || shapes[i - 1] === 'heading') captions.add(blocks[i - 1]!.text);
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (kinds[i] !== undefined) continue;
    // A caption and its credit on consecutive lines of one block.
    const creditBelow =
      block.lines.length > 1 &&
      block.text
        .split('\n')
        .slice(1)
        .some((line) => readShape(line) === 'credit');
    if (captions.has(block.text) || creditBelow) kinds[i] = 'caption';
  }
}

/** A short unpunctuated line between body paragraphs. */
function markSubheadings(shapes: readonly Shape[], kinds: Kinds): void {
  for (let i = 1; i < shapes.length; i++) {
    const next = shapes[i + 1];
    if (shapes[i] !== 'heading' || kinds[i] !== undefined) continue;
    if (next === 'prose' || next === 'quote' || next === 'heading') kinds[i] = 'subheading';
  }
}
