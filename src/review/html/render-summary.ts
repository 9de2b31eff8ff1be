// The top of a review page: what needs attention, with links down to the segments.

import type { Finding, Severity } from '../../types.js';
import { escapeHtml } from './escape-html.js';
import { SEVERITY_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from './labels.js';
import { REVIEW_STATUSES, type ReviewPage, type ReviewStatus, type ReviewTerm } from './model.js';
import { renderFinding, rowId } from './render-segment-row.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function countStatuses(page: ReviewPage): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = {
    machine: 0,
    human: 0,
    manual: 0,
    stale: 0,
    missing: 0,
  };
  for (const segment of page.segments) counts[segment.status]++;
  return counts;
}

export function countFindings(page: ReviewPage): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const all = [...(page.pageFindings ?? []), ...page.segments.flatMap((s) => s.findings)];
  for (const finding of all) counts[finding.severity]++;
  return counts;
}

export function renderSummary(page: ReviewPage): string {
  const statuses = countStatuses(page);
  const findings = countFindings(page);
  const changed = page.segments.filter((s) => s.changed).length;
  const statusItems = REVIEW_STATUSES.map(
    (status) =>
      `<li><span class="badge status status-${status}" title="${escapeHtml(STATUS_DESCRIPTIONS[status])}">` +
      `${STATUS_LABELS[status]}</span> <span class="count">${statuses[status]}</span></li>`,
  );
  const findingItems = SEVERITIES.map(
    (sev) =>
      `<li class="sev-${sev}"><span class="badge sev">${SEVERITY_LABELS[sev]}</span> ` +
      `<span class="count">${findings[sev]}</span></li>`,
  );
  const changedLine =
    page.base === undefined && changed === 0
      ? ''
      : `<p class="changed-count">${changed} segment${changed === 1 ? '' : 's'} changed since <code>${escapeHtml(page.base ?? 'base')}</code>.</p>`;
  return [
    '<section class="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    `<h3 class="vh">Segments by status</h3><ul class="counts statuses">${statusItems.join('')}</ul>`,
    `<h3 class="vh">Findings by severity</h3><ul class="counts severities">${findingItems.join('')}</ul>`,
    changedLine,
    renderFindingLinks(page),
    renderTermList(page),
    '</section>',
  ].join('\n');
}

function renderFindingLinks(page: ReviewPage): string {
  const items: string[] = (page.pageFindings ?? []).map(renderFinding);
  page.segments.forEach((segment, index) => {
    for (const finding of segment.findings) items.push(renderLinkedFinding(finding, index));
  });
  if (items.length === 0) return '<p>No findings.</p>';
  return `<details class="finding-list" open><summary>All findings (${items.length})</summary><ul class="findings">${items.join('')}</ul></details>`;
}

function renderLinkedFinding(finding: Finding, index: number): string {
  const link = `<a href="#${rowId(index)}"><code>${escapeHtml(finding.key)}</code></a>`;
  return renderFinding(finding).replace(/<\/li>$/, ` <span class="at">at ${link}</span></li>`);
}

function renderTermList(page: ReviewPage): string {
  const pins = new Map<string, ReviewTerm>();
  for (const segment of page.segments) {
    for (const term of segment.sourceTerms) {
      const text = segment.source.slice(term.start, term.end);
      if (text && !pins.has(text)) pins.set(text, term);
    }
  }
  if (pins.size === 0) return '';
  const items = [...pins].map(
    ([text, term]) =>
      `<li><mark class="term" lang="${escapeHtml(page.sourceLang)}">${escapeHtml(text)}</mark> → ` +
      `<span lang="${escapeHtml(page.lang)}">${escapeHtml(term.pinned)}</span>` +
      (term.note ? ` <span class="note">(${escapeHtml(term.note)})</span>` : '') +
      '</li>',
  );
  return `<details class="terms"><summary>Glossary terms on this page (${pins.size})</summary><ul>${items.join('')}</ul></details>`;
}
