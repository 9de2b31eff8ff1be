// `tolk review`: what a change did to the translations, for a pull request (Markdown, JSON) and
// as side-by-side pages (HTML).

export { buildCheckRun } from './build-check-run.js';
export { type CompareInput, compareSnapshots } from './compare-snapshots.js';
export { formatReviewJson } from './format-review-json.js';
export { type GitBase, materialiseBase, resolveBase } from './git-base.js';
export {
  DEFAULT_MARKDOWN_BUDGET,
  formatReviewMarkdown,
  type MarkdownOptions,
  REVIEW_MARKER,
} from './markdown/format-review-markdown.js';
export { formatWordDiff } from './markdown/format-word-diff.js';
export { type BuiltPage, buildReviewPages, type PagesInput } from './pages/build-review-pages.js';
export { readBaseSnapshot } from './read-base-snapshot.js';
export type * from './types.js';
