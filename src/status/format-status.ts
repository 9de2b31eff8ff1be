// `tolk status` output: an aligned table for people, a JSON document for programs.

import type { StatusReport, StatusRow } from './summarise-status.js';

export const STATUS_FORMATS = ['text', 'json'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export function formatStatus(report: StatusReport, format: StatusFormat): string {
  return format === 'json' ? formatStatusJson(report) : formatStatusText(report);
}

export function formatStatusJson(report: StatusReport): string {
  const total = totalPlanned(report);
  return `${JSON.stringify(
    {
      sourceLang: report.sourceLang,
      rows: report.rows,
      next: {
        languages: report.planned,
        segments: total.segments,
        characters: total.characters,
        ...(report.providerProblem ? { providerProblem: report.providerProblem } : {}),
      },
    },
    null,
    2,
  )}\n`;
}

const COLUMNS = [
  'language',
  'namespace',
  'keys',
  'up to date',
  'machine',
  'human',
  'manual',
  'stale',
  'outdated',
  'missing',
] as const;

export function formatStatusText(report: StatusReport): string {
  const withExtra = report.rows.some((r) => r.extra > 0);
  const header: string[] = [...COLUMNS, ...(withExtra ? ['extra'] : [])];
  const cells = report.rows.map((r) => [
    r.lang,
    r.ns,
    String(r.keys),
    String(r.current),
    formatMachine(r),
    String(r.human),
    String(r.manual),
    String(r.stale),
    String(r.outdated),
    String(r.missing),
    ...(withExtra ? [String(r.extra)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...cells.map(line), ''];
  out.push(...attentionLines(report.rows));
  out.push(...plannedLines(report));
  return `${out.join('\n')}\n`;
}

function formatMachine(row: StatusRow): string {
  const byProvider = Object.entries(row.machine).sort(([a], [b]) => a.localeCompare(b));
  const total = byProvider.reduce((sum, [, n]) => sum + n, 0);
  if (byProvider.length === 0) return '0';
  return `${total} (${byProvider.map(([name, n]) => `${name} ${n}`).join(', ')})`;
}

function attentionLines(rows: readonly StatusRow[]): string[] {
  const sum = (pick: (r: StatusRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const lines: string[] = [];
  const stale = sum((r) => r.stale);
  const edited = sum((r) => r.edited);
  const extra = sum((r) => r.extra);
  if (stale > 0) {
    lines.push(
      `${plural(stale, 'human translation')} ${stale === 1 ? 'is' : 'are'} stale: the Swedish changed under ${stale === 1 ? 'it' : 'them'}. Review with \`tolk check\`; edit the translation, or run \`tolk translate --retranslate-stale\`.`,
    );
  }
  if (edited > 0) {
    lines.push(
      `${plural(edited, 'reviewer edit')} ${edited === 1 ? 'is' : 'are'} not in the lock yet; the next \`tolk translate\` records ${edited === 1 ? 'it' : 'them'} as human and keeps ${edited === 1 ? 'it' : 'them'}.`,
    );
  }
  if (extra > 0) {
    lines.push(
      `${plural(extra, 'key')} in the locale files no longer ${extra === 1 ? 'has' : 'have'} Swedish; the next \`tolk translate\` removes ${extra === 1 ? 'it' : 'them'}.`,
    );
  }
  return lines.length > 0 ? [...lines, ''] : [];
}

function plannedLines(report: StatusReport): string[] {
  const total = totalPlanned(report);
  const lines = ['Next `tolk translate` would send:'];
  const width = Math.max(0, ...report.planned.map((p) => p.lang.length));
  for (const p of report.planned) {
    const via = p.segments > 0 && p.provider ? ` via ${p.provider}` : '';
    lines.push(
      `  ${p.lang.padEnd(width)}  ${plural(p.segments, 'segment')}, ${plural(p.characters, 'character')}${via}`,
    );
  }
  lines.push(`Total: ${plural(total.characters, 'character')} to send and bill.`);
  if (report.providerProblem) lines.push(report.providerProblem);
  return lines;
}

function totalPlanned(report: StatusReport): { segments: number; characters: number } {
  return report.planned.reduce(
    (sum, p) => ({
      segments: sum.segments + p.segments,
      characters: sum.characters + p.characters,
    }),
    { segments: 0, characters: 0 },
  );
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
