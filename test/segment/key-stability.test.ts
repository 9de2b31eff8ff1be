// Inserting, deleting or editing one paragraph of the seed changes only that paragraph's keys:
// every other segment keeps its key, in the same order. Each edit is tried at every position.

import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import type { Segment } from '../../src/types.js';
import { readSeedBlocks } from './seed.js';

const blocks = readSeedBlocks();
const NEW_PARAGRAPH = 'Mötet i Samarkand följs noga av omvärlden, enligt bedömare i Bryssel.';

function keysOutside(list: readonly Segment[], paragraph: number): string[] {
  return list.filter((s) => s.paragraph !== paragraph).map((s) => s.key);
}

function keysOf(list: readonly Segment[], paragraph: number): string[] {
  return list.filter((s) => s.paragraph === paragraph).map((s) => s.key);
}

const before = segmentText(blocks.join('\n\n'));
const positions = blocks.map((_, i) => i);

describe('keys stay put when one paragraph changes', () => {
  it.each(positions)('inserting a paragraph at block %i changes no other key', (at) => {
    const edited = [...blocks.slice(0, at), NEW_PARAGRAPH, ...blocks.slice(at)];
    const after = segmentText(edited.join('\n\n'));
    expect(keysOutside(after, at)).toEqual(before.map((s) => s.key));
  });

  it.each(positions)('deleting block %i changes no other key', (at) => {
    const edited = blocks.filter((_, i) => i !== at);
    const after = segmentText(edited.join('\n\n'));
    expect(after.map((s) => s.key)).toEqual(keysOutside(before, at));
  });

  it.each(positions)('editing block %i changes no other key', (at) => {
    const edited = blocks.map((block, i) => (i === at ? `${block} Det uppger TT.` : block));
    const after = segmentText(edited.join('\n\n'));
    expect(keysOutside(after, at)).toEqual(keysOutside(before, at));
  });

  it('keeps the keys of an edited paragraph when only a later sentence changes', () => {
    const at = 13;
    const edited = blocks.map((block, i) =>
      i === at ? block.replace('SCO.', 'SCO-samarbetet.') : block,
    );
    expect(edited[at]).not.toBe(blocks[at]);
    expect(keysOf(segmentText(edited.join('\n\n')), at)).toEqual(keysOf(before, at));
  });

  it('rewrites an edited paragraph’s keys when its opening words change', () => {
    const at = 1;
    const edited = blocks.map((block, i) =>
      i === at ? block.replace('Toppmötet för', 'Mötet för') : block,
    );
    const after = segmentText(edited.join('\n\n'));
    expect(keysOf(after, at)).toEqual([
      'p-motet-for-den-asiatiska.s1',
      'p-motet-for-den-asiatiska.s2',
    ]);
    expect(keysOutside(after, at)).toEqual(keysOutside(before, at));
  });
});
