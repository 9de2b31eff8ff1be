import type { Finding } from '../../types.js';
import { collapseFindings } from './collapse.js';
import { summarise } from './summary.js';

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
/** A PR comment holds at most 65 536 characters; stay well below. */
const MAX_ROWS = 300;

function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;');
}

/** A table of findings to paste into a pull-request comment. */
export function formatMarkdown(findings: readonly Finding[]): string {
  if (findings.length === 0) return '### tolk check\n\n✅ No problems found.\n';
  const lines = [
    `### tolk check: ${summarise(findings)}`,
    '',
    '| | Language | Key | Check | Problem |',
    '|---|---|---|---|---|',
  ];
  const rows = collapseFindings(findings);
  for (const shown of rows.slice(0, MAX_ROWS)) {
    if ('more' in shown) {
      lines.push(`| | | | ${cell(shown.check)} | …and ${shown.more} more |`);
      continue;
    }
    const f = shown.finding;
    const where = f.file && f.line !== undefined ? ` (${cell(f.file)}:${f.line})` : '';
    lines.push(
      `| ${ICON[f.severity]} | ${cell(f.lang)} | \`${cell(`${f.ns}:${f.key}`)}\`${where} | ${cell(f.check)} | ${cell(f.message)} |`,
    );
  }
  if (rows.length > MAX_ROWS) {
    lines.push(
      '',
      `…and ${rows.length - MAX_ROWS} more rows. Run \`npx tolk check\` to see them all.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
