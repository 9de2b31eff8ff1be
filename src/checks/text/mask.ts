// Removes what is code, not language, before a check looks at the words and numbers of a text.

import { extractPlaceholders } from './placeholders.js';
import { extractTags } from './tags.js';
import { extractLinks } from './urls.js';

export interface MaskOptions {
  placeholders?: boolean;
  tags?: boolean;
  links?: boolean;
}

/** The text with placeholders, tags and links replaced by a space each. */
export function maskCode(text: string, options: MaskOptions = {}): string {
  const spans: Array<{ start: number; end: number }> = [];
  if (options.placeholders !== false) spans.push(...extractPlaceholders(text));
  if (options.tags !== false) spans.push(...extractTags(text));
  if (options.links !== false) spans.push(...extractLinks(text));
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) {
      at = Math.max(at, span.end);
      continue;
    }
    out += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return out + text.slice(at);
}
