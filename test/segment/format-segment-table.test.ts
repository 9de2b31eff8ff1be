import { describe, expect, it } from 'vitest';
import { formatSegmentTable, segmentText } from '../../src/segment/index.js';

describe('formatSegmentTable', () => {
  const segments = segmentText(
    'Xi och Putin möts\n\nToppmötet har inletts i Samarkand.\u00a0Det pågår till fredag och samlar ledare från hela Asien, bland dem Indiens premiärminister.',
  );

  it('prints a header, a rule and one aligned row per segment', () => {
    const lines = formatSegmentTable(segments).split('\n');
    expect(lines[0]).toMatch(/^key\s+kind\s+¶\s+text$/);
    expect(lines[1]).toMatch(/^─+ {2}─+ {2}─+ {2}─+$/);
    expect(lines).toHaveLength(2 + segments.length);
    expect(lines[2]).toMatch(/^heading-xi-och-putin-mots\s+headline\s+0\s+Xi och Putin möts$/);
    const kindColumn = lines[0]!.indexOf('kind');
    for (const line of lines.slice(2)) expect(line.slice(kindColumn - 2, kindColumn)).toBe('  ');
  });

  it('cuts long texts with an ellipsis and flattens whitespace', () => {
    const table = formatSegmentTable([
      { ...segments[0]!, text: `Rad ett\nrad två ${'x'.repeat(80)}` },
    ]);
    const row = table.split('\n')[2]!;
    expect(row).toContain('Rad ett rad två');
    expect(row.endsWith('…')).toBe(true);
    expect(row.slice(row.indexOf('Rad'))).toHaveLength(60);
  });

  it('adds a file column when segments carry their file', () => {
    const table = formatSegmentTable(segments.map((s) => ({ ...s, file: 'content/sv/a.txt' })));
    expect(table.split('\n')[0]).toMatch(/^file\s+key\s+kind/);
    expect(table.split('\n')[2]).toMatch(/^content\/sv\/a\.txt\s+heading-/);
  });
});
