import type { Finding } from '../../types.js';

/** More findings than this of one check in one file are shown in part, then counted. */
const SHOWN = 5;
const LIMIT = 10;

export type Shown = { finding: Finding } | { more: number; check: string };

/**
 * For reading: a missing file gives one missing-key finding per key; after a few, the rest of a
 * check's findings in a file are counted instead of listed. (JSON and GitHub output keep them all.)
 */
export function collapseFindings(findings: readonly Finding[]): Shown[] {
  const counts = new Map<string, number>();
  const group = (f: Finding) => `${f.lang}\u0000${f.ns}\u0000${f.check}`;
  for (const f of findings) counts.set(group(f), (counts.get(group(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Shown[] = [];
  for (const f of findings) {
    const total = counts.get(group(f)) ?? 0;
    const n = (seen.get(group(f)) ?? 0) + 1;
    seen.set(group(f), n);
    if (total <= LIMIT || n <= SHOWN) out.push({ finding: f });
    else if (n === SHOWN + 1) out.push({ more: total - SHOWN, check: f.check });
  }
  return out;
}
