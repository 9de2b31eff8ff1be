// The table printed for each corpus size, and the memory-growth line across sizes.

import type { SizeResult } from './run-size.js';
import { perSegmentCpuUs, retryShare, sendShare } from './targets.js';

const int = (n: number) => Math.round(n).toLocaleString('en-US').replaceAll(',', ' ');
const ratio = (n: number) => `${n.toFixed(n >= 100 ? 0 : 2)}×`;
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function duration(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function mark(met: boolean): string {
  return met ? 'met' : 'NOT MET';
}

type Row = [string, string, string, string, string, string, string];

function alignRows(rows: readonly Row[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows
    .map((row, r) => {
      const line = row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
      const rule = r === 0 ? `\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : '';
      return line.trimEnd() + rule;
    })
    .join('\n');
}

export function formatSizeTable(result: SizeResult): string {
  const { first, noChange, edit, check, naive, corpus } = result;
  const langs = result.langs.length;
  const cpuUs = perSegmentCpuUs(result);
  const distinctBilled = corpus.distinctCharacters * langs;
  const naiveNote = `*`;
  const rows: Row[] = [
    ['measure', 'tolk', 'reference', 'tolk ÷ ref', 'target (500 art.)', 'naive', 'naive ÷ tolk'],
    [
      'requests',
      `${int(first.server.translateRequests)} (+${first.server.rejectedConcurrency} refused)`,
      `${int(result.lowerBound.total)} lower bound`,
      ratio(first.server.translateRequests / result.lowerBound.total),
      `≤ 1.05× ${mark(first.server.translateRequests <= 1.05 * result.lowerBound.total)}`,
      int(naive.requests),
      ratio(naive.requests / Math.max(1, first.server.translateRequests)),
    ],
    [
      'texts sent',
      int(first.server.texts),
      `${int(corpus.distinctTexts * langs)} distinct`,
      ratio(sendShare(result)),
      `1× ${mark(sendShare(result) <= 1)}`,
      int(naive.requests),
      ratio(naive.requests / Math.max(1, first.server.texts)),
    ],
    [
      'wall',
      duration(first.wallMs),
      `${duration(result.idealMs)} ideal`,
      ratio(first.wallMs / result.idealMs),
      `≤ 1.2× ${mark(first.wallMs <= 1.2 * result.idealMs)}`,
      `${duration(naive.wallMs)}${naiveNote}`,
      ratio(naive.wallMs / first.wallMs),
    ],
    [
      'wall ÷ server floor',
      duration(first.wallMs),
      `${duration(result.floor.wallMs)} floor`,
      ratio(first.wallMs / result.floor.wallMs),
      `${result.floor.perRequestMs.toFixed(1)} ms per request`,
      '',
      '',
    ],
    [
      'retries (429)',
      `${int(first.server.rejectedConcurrency)} = ${pct(retryShare(result))}`,
      'of requests',
      '',
      `≤ 2% ${mark(retryShare(result) <= 0.02)}`,
      '0',
      '',
    ],
    [
      'CPU / translated segment',
      `${cpuUs.toFixed(1)} µs`,
      `${duration(first.cpuMs)} / ${int(first.translatedSegments)}`,
      '',
      `≤ 30 µs ${mark(cpuUs <= 30)}`,
      '',
      '',
    ],
    [
      '… deepl-node alone',
      `${result.clientFloor.cpuUsPerSegment.toFixed(1)} µs`,
      `${result.clientFloor.cpuMsPerRequest.toFixed(2)} ms CPU per request × ${int(result.lowerBound.total)}`,
      ratio(cpuUs / result.clientFloor.cpuUsPerSegment),
      '',
      '',
      '',
    ],
    [
      'peak RSS',
      `${first.maxRssMb.toFixed(0)} MB`,
      `${(corpus.bytes / 1e6).toFixed(1)} MB of Swedish`,
      '',
      `≤ 300 MB ${mark(first.maxRssMb <= 300)}`,
      '',
      '',
    ],
    [
      'characters billed',
      int(first.billed),
      `${int(distinctBilled)} distinct`,
      ratio(first.billed / Math.max(1, distinctBilled)),
      '',
      int(naive.billed),
      ratio(naive.billed / Math.max(1, first.billed)),
    ],
    [
      'no change: requests',
      int(noChange.server.requests),
      '',
      '',
      `0 ${mark(noChange.server.requests === 0)}`,
      int(naive.requests),
      '',
    ],
    [
      'no change: wall',
      duration(noChange.wallMs),
      `CPU ${duration(noChange.cpuMs)}, ${noChange.maxRssMb.toFixed(0)} MB`,
      '',
      `< 3 s ${mark(noChange.wallMs < 3000)}`,
      `${duration(naive.wallMs)}${naiveNote}`,
      ratio(naive.wallMs / noChange.wallMs),
    ],
    [
      '1% edit: billed',
      int(edit.billed),
      `${int(edit.editedCharacters)} edited (${edit.editedSentences} sentences × ${langs})`,
      ratio(edit.billed / Math.max(1, edit.editedCharacters)),
      `≤ 1.1× ${mark(edit.billed <= 1.1 * edit.editedCharacters)}`,
      int(naive.billed),
      ratio(naive.billed / Math.max(1, edit.billed)),
    ],
    [
      '1% edit: requests, wall',
      `${int(edit.server.translateRequests)}, ${duration(edit.wallMs)}`,
      '',
      '',
      '',
      `${int(naive.requests)}, ${duration(naive.wallMs)}${naiveNote}`,
      '',
    ],
    [
      `tolk check (median of ${check.runs.length})`,
      duration(check.wallMs),
      `${check.runs.map((r) => duration(r.wallMs)).join(', ')}; ${int(check.findings)} findings, CPU ${duration(check.cpuMs)}`,
      '',
      `< 10 s at 5 000 ${mark(check.wallMs < 10_000)}`,
      '',
      '',
    ],
  ];
  const head =
    `${int(result.articles)} articles × ${langs} languages (${result.langs.join(', ')}): ` +
    `${int(corpus.segments)} segments, ${int(corpus.engineSegments)} to the engine, ` +
    `${int(corpus.distinctTexts)} distinct; ${pct(corpus.repeatedShare)} of engine segments repeat across the corpus`;
  const foot = `* naive baseline extrapolated from ${naive.sampleRequests} measured requests (${duration(naive.sampleMs)}): one deepl-node request per segment, sequential, no cache.`;
  return `${head}\n\n${alignRows(rows)}\n${foot}\n`;
}

/** Peak RSS against corpus size: memory should grow no faster than the corpus. */
export function formatGrowth(results: readonly SizeResult[]): string {
  if (results.length < 2) return '';
  const base = results[0]!;
  const lines = results.map((r) => {
    const corpus = r.corpus.segments / base.corpus.segments;
    const rss = r.first.maxRssMb / base.first.maxRssMb;
    return `  ${int(r.articles).padStart(6)} articles: peak RSS ${r.first.maxRssMb.toFixed(0).padStart(5)} MB (×${rss.toFixed(2)}), corpus ×${corpus.toFixed(1)}, ${((r.first.maxRssMb * 1024) / r.corpus.segments).toFixed(1)} KB per segment`;
  });
  return `Memory growth (first run):\n${lines.join('\n')}\n`;
}
