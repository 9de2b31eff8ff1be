import type { Finding } from '../../types.js';
import { collapseFindings } from './collapse.js';
import { summarise } from './summary.js';

const LABEL = { error: 'error  ', warning: 'warning', info: 'note   ' } as const;

/** Findings grouped by locale file, one line each, with a summary line at the end. */
export function formatText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'tolk check: no problems found.\n';
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const heading = f.file ?? `${f.lang}/${f.ns}`;
    const group = groups.get(heading);
    if (group) group.push(f);
    else groups.set(heading, [f]);
  }
  const lines: string[] = [];
  for (const [heading, group] of groups) {
    lines.push(heading);
    const width = Math.max(...group.map((f) => String(f.line ?? '').length));
    const pad = width > 0 ? '  ' : '';
    for (const shown of collapseFindings(group)) {
      if ('more' in shown) {
        lines.push(
          `  ${' '.repeat(width)}${pad}${' '.repeat(7)}  ${shown.check.padEnd(15)}  …and ${shown.more} more`,
        );
        continue;
      }
      const f = shown.finding;
      const line = String(f.line ?? '').padStart(width);
      lines.push(
        `  ${line}${pad}${LABEL[f.severity]}  ${f.check.padEnd(15)}  ${f.key}: ${f.message}`,
      );
    }
    lines.push('');
  }
  const files = groups.size;
  lines.push(`tolk check: ${summarise(findings)} in ${files} ${files === 1 ? 'file' : 'files'}.`);
  return `${lines.join('\n')}\n`;
}
