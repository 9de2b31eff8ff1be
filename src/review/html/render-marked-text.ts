// One side's text with its glossary terms highlighted; hover shows the pin, screen readers hear it.

import { escapeHtml } from './escape-html.js';
import type { ReviewTerm } from './model.js';

/** Describes a term's pin the same way in the tooltip and the screen-reader text. */
export function describeTerm(term: ReviewTerm): string {
  return term.note ? `pinned: ${term.pinned}. ${term.note}` : `pinned: ${term.pinned}`;
}

/**
 * Terms outside the text or overlapping an earlier one are skipped: a bad offset from the
 * caller must not garble the reviewer's text.
 */
export function selectTerms(text: string, terms: readonly ReviewTerm[]): ReviewTerm[] {
  const sorted = terms
    .filter((t) => Number.isInteger(t.start) && Number.isInteger(t.end))
    .filter((t) => t.start >= 0 && t.end > t.start && t.end <= text.length)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: ReviewTerm[] = [];
  let reached = 0;
  for (const term of sorted) {
    if (term.start < reached) continue;
    kept.push(term);
    reached = term.end;
  }
  return kept;
}

export function renderMarkedText(text: string, terms: readonly ReviewTerm[]): string {
  let html = '';
  let at = 0;
  for (const term of selectTerms(text, terms)) {
    const description = describeTerm(term);
    html += escapeHtml(text.slice(at, term.start));
    html += `<mark class="term" title="${escapeHtml(description)}">${escapeHtml(text.slice(term.start, term.end))}</mark>`;
    html += `<span class="vh"> (glossary term, ${escapeHtml(description)})</span>`;
    at = term.end;
  }
  return html + escapeHtml(text.slice(at));
}
