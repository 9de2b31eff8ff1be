// The old and new translation as one line of deletions and insertions.

import { diffWords } from './diff-words.js';
import { escapeHtml } from './escape-html.js';

/** `<del>`/`<ins>` are not announced by every screen reader, so each carries hidden words too. */
export function renderWordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.op === 'delete')
        return `<del><span class="vh">[removed: </span>${text}<span class="vh">]</span></del>`;
      if (part.op === 'insert')
        return `<ins><span class="vh">[added: </span>${text}<span class="vh">]</span></ins>`;
      return text;
    })
    .join('');
}
