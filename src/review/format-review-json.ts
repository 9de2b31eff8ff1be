// The review report for programs: the same data as the Markdown, unchanged keys left out but counted,
// and a word diff of every edited translation.

import { diffWords } from './html/index.js';
import type { KeyReview, ReviewReport } from './types.js';

export function formatReviewJson(report: ReviewReport): string {
  const namespaces = report.namespaces.map((ns) => ({
    ns: ns.ns,
    change: ns.change,
    counts: ns.counts,
    keys: ns.keys.filter((k) => k.change !== 'unchanged').map(toJsonKey),
  }));
  return `${JSON.stringify({ ...report, namespaces }, null, 2)}\n`;
}

function toJsonKey(key: KeyReview) {
  return {
    ...key,
    translations: key.translations.map((t) =>
      t.before !== undefined && t.after !== undefined && t.before !== t.after
        ? { ...t, diff: diffWords(t.before, t.after) }
        : t,
    ),
  };
}
