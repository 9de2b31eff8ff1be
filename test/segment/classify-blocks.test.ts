import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';

function blockKinds(text: string): string[] {
  const kinds: string[] = [];
  for (const s of segmentText(text)) kinds[s.paragraph] ??= s.kind;
  return kinds;
}

describe('block kinds beyond the seed', () => {
  it('ends a fact box without a source line at the next dialogue paragraph', () => {
    const text = [
      'Rubrik',
      'Ingressen berättar vad som hänt.',
      'Fakta: Samarkand',
      'Samarkand är Uzbekistans näst största stad.',
      '– Vi är glada att vara här, säger hon.',
    ].join('\n\n');
    expect(blockKinds(text)).toEqual(['headline', 'lede', 'factbox-title', 'factbox', 'quote']);
  });

  it('marks a short "Läs också" link mid-article and trailing site furniture as boilerplate', () => {
    const text = [
      'Rubrik',
      'Ingressen berättar vad som hänt.',
      'Läs också: Putin och Xi möts igen',
      'Brödtexten fortsätter här.',
      'Publicerad 2022-09-15 13:23',
      'Så jobbar vi med nyheter',
    ].join('\n\n');
    expect(blockKinds(text)).toEqual([
      'headline',
      'lede',
      'boilerplate',
      'paragraph',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('tells a subheading between paragraphs from a short last line', () => {
    const text = [
      'Rubrik',
      'Ingress här.',
      'Mellanrubrik',
      'Brödtext här.',
      'Lisa Berglund/TT',
    ].join('\n\n');
    expect(blockKinds(text)).toEqual(['headline', 'lede', 'subheading', 'paragraph', 'paragraph']);
  });

  it('accepts credits labelled Bild and any dash with any space for dialogue', () => {
    const text = [
      'Rubrik',
      'En bildtext.',
      'Bild: AP',
      '—\u00a0Ja, säger han.',
      '– Nej, säger hon.',
    ].join('\n\n');
    expect(blockKinds(text)).toEqual(['headline', 'caption', 'credit', 'quote', 'quote']);
  });

  it('gives a bare timestamp its own kind and keeps it out of sentence splitting', () => {
    const segments = segmentText('Rubrik\n\n2022-09-15 13.23\n\nText här.');
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['headline', 'Rubrik'],
      ['timestamp', '2022-09-15 13.23'],
      ['lede', 'Text här.'],
    ]);
  });

  it('never takes a labelled first block for the headline', () => {
    expect(blockKinds('Foto: TT\n\nFakta: SCO\n\nSCO är en organisation.\n\nKälla: NE')).toEqual([
      'credit',
      'factbox-title',
      'factbox',
      'source',
    ]);
  });
});
