import type { Finding, Severity } from '../../types.js';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "2 errors, 1 warning" */
export function summarise(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const parts = ORDER.filter((s) => counts[s] > 0).map((s) => {
    const n = counts[s];
    const noun = s === 'info' ? 'note' : s;
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  });
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}
