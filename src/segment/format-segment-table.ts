// The readable table `tolk segment` prints without --format.

import type { Segment } from '../types.js';

const TEXT_WIDTH = 60;

/** One row per segment: (file,) key, kind, paragraph and the text cut to one short line. */
export function formatSegmentTable(segments: ReadonlyArray<Segment & { file?: string }>): string {
  const withFile = segments.some((segment) => segment.file !== undefined);
  const header = [...(withFile ? ['file'] : []), 'key', 'kind', '¶', 'text'];
  const rows = segments.map((segment) => [
    ...(withFile ? [segment.file ?? ''] : []),
    segment.key,
    segment.kind,
    String(segment.paragraph),
    truncateText(segment.text, TEXT_WIDTH),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [render(header), rule, ...rows.map(render)].join('\n');
}

/** Whitespace runs (line breaks, no-break and thin spaces) shown as one space, long text cut with `…`. */
function truncateText(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}
