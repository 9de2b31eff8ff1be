import type { Finding } from '../../types.js';
import { formatGithub } from './github.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'github', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Renders findings for a terminal, a program, GitHub Actions annotations or a PR comment. */
export function formatFindings(findings: readonly Finding[], format: ReportFormat): string {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'github':
      return formatGithub(findings);
    case 'markdown':
      return formatMarkdown(findings);
    default:
      return formatText(findings);
  }
}

/** `formatFindings` in pieces to write one after another (JSON in bounded pieces). */
export function formatFindingsInChunks(
  findings: readonly Finding[],
  format: ReportFormat,
): Iterable<string> {
  return format === 'json' ? formatJsonChunks(findings) : [formatFindings(findings, format)];
}
