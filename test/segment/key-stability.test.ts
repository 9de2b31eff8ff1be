// Inserting, deleting or editing one paragraph of the seed changes only that paragraph's keys:
// every other segment keeps its key, in the same order. Each edit is tried at every position.

import fc from 'fast-check';
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

describe('keys stay put in random articles', () => {
  const pool = [
    'Elpriset stiger i vinter',
    'Elpriset väntas stiga kraftigt i södra Sverige. Det visar nya siffror.',
    'Hushållen får betala mer. Regeringen lovar stöd.',
    'Foto: Lisa Berglund/TT',
    'Bilden visar ett elnät i Skåne.',
    'Stockholm2022-09-15 13:23',
    '– Vi tar situationen på största allvar, säger energiministern.',
    '– Det här drabbar alla. Ingen går fri, säger hon.',
    '"Kan bli värre"',
    'Fakta: Elområden',
    'Sverige är indelat i fyra elområden.',
    'Källa: Energimyndigheten',
    'Så jobbar vi med nyheter  Läs mer här!',
    'Läs också: Så sparar du el i vinter',
    'Oppositionen kräver att stödet betalas ut före jul.',
    'Experterna är oeniga om hur länge krisen varar.',
  ];
  const article = fc.uniqueArray(fc.nat({ max: pool.length - 1 }), { minLength: 2, maxLength: 12 });
  const rebuild = (indexes: readonly number[]) =>
    segmentText(indexes.map((i) => pool[i]!).join('\n\n'));

  it('inserting, deleting or editing one paragraph renames only that paragraph', () => {
    fc.assert(
      fc.property(
        article,
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'edit'),
        (indexes, pick, edit) => {
          const before = rebuild(indexes);
          const at = pick % indexes.length;
          const texts = indexes.map((i) => pool[i]!);
          if (edit === 'delete') texts.splice(at, 1);
          if (edit === 'insert') texts.splice(at, 0, NEW_PARAGRAPH);
          if (edit === 'edit') texts[at] = `${texts[at]} Det uppger TT.`;
          const after = segmentText(texts.join('\n\n'));
          const untouchedAfter =
            edit === 'delete' ? after.map((s) => s.key) : keysOutside(after, at);
          const untouchedBefore =
            edit === 'insert' ? before.map((s) => s.key) : keysOutside(before, at);
          expect(untouchedAfter).toEqual(untouchedBefore);
        },
      ),
      { numRuns: 300 },
    );
  });
});
