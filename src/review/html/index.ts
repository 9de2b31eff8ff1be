// The HTML review renderer: plain data in, one self-contained document out.

export { type DiffPart, diffWords } from './diff-words.js';
export { escapeHtml } from './escape-html.js';
export * from './model.js';
export { renderReviewIndex } from './render-review-index.js';
export { renderReviewPage } from './render-review-page.js';
export { countFindings, countStatuses } from './render-summary.js';
