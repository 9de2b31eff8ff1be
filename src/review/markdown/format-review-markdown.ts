// The review report as a pull-request comment: a summary, then per namespace each changed key with
// its Swedish, the old and new translation per language, who made it and the findings on it.
// Unchanged stretches shrink to one line; the whole stays under GitHub's comment limit.

import type { Severity } from '../../types.js';
import { escapeHtml } from '../html/index.js';
import type { NamespaceReview, ReviewReport } from '../types.js';
import { codeSpan, escapeMarkdown } from './escape-markdown.js';
import { formatKey } from './format-key.js';

/** Marks the comment so a workflow finds and updates its own comment instead of adding one. */
export const REVIEW_MARKER = '<!-- tolk-review -->';
/** GitHub refuses comments above 65 536 characters; leave room for what a workflow appends. */
export const DEFAULT_MARKDOWN_BUDGET = 60_000;
/** A namespace with more changed keys than this is folded into a `<details>` block. */
const FOLD_AFTER = 10;

export interface MarkdownOptions {
  /** Most characters the comment may have. */
  budget?: number;
}

export function formatReviewMarkdown(report: ReviewReport, options: MarkdownOptions = {}): string {
  const budget = options.budget ?? DEFAULT_MARKDOWN_BUDGET;
  const head = formatHeader(report);
  const changed = report.namespaces.filter((n) => n.change !== 'unchanged');
  const unchanged = report.namespaces.filter((n) => n.change === 'unchanged');
  const tail =
    unchanged.length > 0
      ? `\n<sub>Unchanged: ${unchanged.map((n) => codeSpan(n.ns)).join(', ')}.</sub>\n`
      : '';
  let out = head;
  let shown = 0;
  const total = report.counts.added + report.counts.changed + report.counts.removed;
  for (const ns of changed) {
    const section = formatNamespace(ns, report.sourceLang, budget - out.length - tail.length - 400);
    out += section.text;
    shown += section.shown;
    if (section.shown < countChanged(ns)) break;
  }
  if (shown < total) {
    out += `\n> **${total - shown} more changed ${total - shown === 1 ? 'key is' : 'keys are'} not shown** (a comment holds at most 65 536 characters). Run \`npx tolk review --base ${escapeMarkdown(report.base.ref)}\` locally, or open the review pages.\n`;
  }
  return out + tail;
}

function formatHeader(report: ReviewReport): string {
  const { added, changed, removed } = report.counts;
  const total = added + changed + removed;
  const base = `${codeSpan(report.base.ref)} (${codeSpan(report.base.commit.slice(0, 7))})`;
  const langs = report.languages.map(escapeMarkdown).join(', ');
  const lines = [REVIEW_MARKER, '## tolk review', ''];
  if (total === 0) {
    lines.push(`No translation changed compared with ${base} (${langs}).`);
  } else {
    const spaces = report.namespaces.filter((n) => n.change !== 'unchanged').length;
    lines.push(
      `Compared with ${base}: **${total} ${total === 1 ? 'key' : 'keys'} changed** in ${spaces} ${spaces === 1 ? 'namespace' : 'namespaces'} — ${added} added, ${changed} changed, ${removed} removed (${langs}).`,
    );
  }
  lines.push('', formatFindingSummary(report));
  if (report.stale > 0) {
    lines.push(
      '',
      `⏳ **${report.stale} stale human ${report.stale === 1 ? 'translation' : 'translations'}**: the Swedish changed under ${report.stale === 1 ? 'it' : 'them'}. Edit the translation to fit, or run \`tolk translate --retranslate-stale\`.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function formatFindingSummary(report: ReviewReport): string {
  const parts = (['error', 'warning', 'info'] as Severity[])
    .filter((s) => report.findings[s] > 0)
    .map((s) => {
      const n = report.findings[s];
      const icon = { error: '❌', warning: '⚠️', info: 'ℹ️' }[s];
      return `${icon} ${n} ${s === 'info' ? 'note' : s}${n === 1 ? '' : 's'}`;
    });
  const here =
    parts.length > 0
      ? `Findings on changed keys: ${parts.join(', ')}.`
      : '✅ No findings on changed keys.';
  const other = report.otherFindings;
  return other > 0
    ? `${here} ${other} more on keys this change did not touch (\`npx tolk check\`).`
    : here;
}

function countChanged(ns: NamespaceReview): number {
  return ns.counts.added + ns.counts.changed + ns.counts.removed;
}

/** The namespace's keys in order, unchanged runs summarised, until `room` characters are used. */
function formatNamespace(
  ns: NamespaceReview,
  sourceLang: string,
  room: number,
): { text: string; shown: number } {
  const c = ns.counts;
  const whole = ns.change === 'added' || ns.change === 'removed' ? ` (${ns.change})` : '';
  const counts = `${whole} · ${c.added} added · ${c.changed} changed · ${c.removed} removed · ${c.unchanged} unchanged`;
  // GitHub renders no Markdown inside <summary>: the name goes in as HTML there.
  const fold = countChanged(ns) > FOLD_AFTER;
  const open = fold
    ? `\n<details><summary><code>${escapeHtml(ns.ns)}</code>${counts}</summary>\n\n`
    : `\n### ${codeSpan(ns.ns)}${counts}\n\n`;
  const close = fold ? '\n</details>\n' : '';
  let body = '';
  let shown = 0;
  let run = 0;
  const flushRun = () => {
    if (run > 0) body += `*… ${run} unchanged ${run === 1 ? 'key' : 'keys'} …*\n\n`;
    run = 0;
  };
  for (const key of ns.keys) {
    if (key.change === 'unchanged') {
      run++;
      continue;
    }
    const block = formatKey(key, sourceLang);
    if (open.length + body.length + block.length + close.length + 80 > room) {
      run = 0;
      break;
    }
    flushRun();
    body += `${block}\n`;
    shown++;
  }
  flushRun();
  if (shown === 0 && countChanged(ns) > 0 && open.length + close.length > room) {
    return { text: '', shown: 0 };
  }
  return { text: `${open}${body.trimEnd()}\n${close}`, shown };
}
