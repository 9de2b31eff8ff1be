// One table row: the segment's labels, the Swedish, and the translation with its findings and diff.

import type { Finding } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from './labels.js';
import type { ReviewSegment } from './model.js';
import { renderMarkedText } from './render-marked-text.js';
import { renderWordDiff } from './render-word-diff.js';

/** What a row needs to know about the page around it. */
export interface RowContext {
  index: number;
  sourceLang: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The row opens its paragraph, or changes kind inside it (dateline → timestamp). */
  showKind: boolean;
  /** How often the key occurs on the page. */
  keyCount: number;
}

export function rowId(index: number): string {
  return `seg-${index + 1}`;
}

export function renderSegmentRow(segment: ReviewSegment, ctx: RowContext): string {
  const classes = ['seg', `status-${segment.status}`];
  if (segment.findings.length > 0) classes.push('has-findings');
  if (segment.changed) classes.push('changed');
  if (segment.status === 'stale' || segment.status === 'missing') classes.push('attention');
  return [
    `<tr class="${classes.join(' ')}" id="${rowId(ctx.index)}" data-key="${escapeHtml(segment.key)}" role="row">`,
    renderMetaCell(segment, ctx),
    `<td class="src" role="cell" lang="${escapeHtml(ctx.sourceLang)}">`,
    `<span class="cell-lang" aria-hidden="true">${escapeHtml(ctx.sourceLang)}</span>`,
    `<span class="text k-${segment.kind}">${renderMarkedText(segment.source, segment.sourceTerms)}</span></td>`,
    `<td class="tgt" role="cell" lang="${escapeHtml(ctx.lang)}" dir="${ctx.dir}">`,
    `<span class="cell-lang" aria-hidden="true">${escapeHtml(ctx.lang)}</span>`,
    renderTargetText(segment),
    renderChange(segment),
    renderFindings(segment.findings),
    '</td></tr>',
  ].join('');
}

function renderMetaCell(segment: ReviewSegment, ctx: RowContext): string {
  const parts: string[] = [];
  const kind = `${KIND_LABELS[segment.kind]} · ¶ ${segment.paragraph + 1}`;
  parts.push(`<span class="kind${ctx.showKind ? '' : ' vh'}">${escapeHtml(kind)}</span>`);
  const producer = segment.producer ? ` (${escapeHtml(segment.producer)})` : '';
  parts.push(
    `<span class="badge status status-${segment.status}" title="${escapeHtml(STATUS_DESCRIPTIONS[segment.status])}">` +
      `${STATUS_LABELS[segment.status]}${producer}</span>`,
  );
  if (segment.changed) {
    const label = segment.changed.before === undefined ? 'Added' : 'Changed';
    parts.push(`<span class="badge change">${label}</span>`);
  }
  parts.push(`<code class="key" title="i18next key">${escapeHtml(segment.key)}</code>`);
  if (ctx.keyCount > 1) {
    parts.push(`<span class="repeat">Key used ${ctx.keyCount}×</span>`);
  }
  return `<td class="meta" role="cell">${parts.join(' ')}</td>`;
}

function renderTargetText(segment: ReviewSegment): string {
  if (segment.target === undefined) {
    return '<span class="text missing-text" lang="en">No translation</span>';
  }
  return `<span class="text k-${segment.kind}">${renderMarkedText(segment.target, segment.targetTerms)}</span>`;
}

function renderChange(segment: ReviewSegment): string {
  const before = segment.changed?.before;
  if (before === undefined) return '';
  return (
    '<div class="diff"><span class="diff-label" lang="en">Since base:</span> ' +
    `<span class="diff-text">${renderWordDiff(before, segment.target ?? '')}</span></div>`
  );
}

export function renderFinding(finding: Finding): string {
  return (
    `<li class="finding sev-${escapeHtml(finding.severity)}">` +
    `<span class="badge sev">${SEVERITY_LABELS[finding.severity]}</span> ` +
    `<code class="check">${escapeHtml(finding.check)}</code> ` +
    `<span class="msg">${escapeHtml(finding.message)}</span></li>`
  );
}

function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const label = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
  return `<ul class="findings" lang="en" aria-label="${label}">${findings.map(renderFinding).join('')}</ul>`;
}
