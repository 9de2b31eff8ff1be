// Removes what is code, not language, before a check looks at the words and numbers of a text.

import { extractPlaceholders } from './placeholders.js';
import { extractTags } from './tags.js';
import { extractLinks } from './urls.js';

interface Span {
  start: number;
  end: number;
}

/** The text with each span (placeholders, tags, links) replaced by one space. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) {
      at = Math.max(at, span.end);
      continue;
    }
    out += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return out + text.slice(at);
}

/** The text with placeholders, tags and links replaced by a space each. */
export function maskCode(text: string): string {
  return maskSpans(text, [
    ...extractPlaceholders(text),
    ...extractTags(text),
    ...extractLinks(text),
  ]);
}
