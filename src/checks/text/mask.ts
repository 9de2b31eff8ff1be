// Removes what is code, not language, before a check looks at the words and numbers of a text.

import { extractPlaceholders } from './placeholders.js';
import { extractTags } from './tags.js';
import { extractLinks } from './urls.js';

interface Span {
  start: number;
  end: number;
}

/**
 * The text with each span (placeholders, tags, links) replaced by one space. Joined, not
 * concatenated: see replaceMatches.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) {
      at = Math.max(at, span.end);
      continue;
    }
    parts.push(text.slice(at, span.start), ' ');
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `text.replace(pattern, replacement)` for a global `pattern` that never matches an empty string
 * and a `replacement` without `$`, as one flat string. V8 gives back replace's result, like a
 * concatenation, as a rope of pieces, which every later `charCodeAt` must walk down: the word
 * scans of findForeignWords ran a fifth slower on the term masker's ropes than on flat text.
 * An array join copies the pieces into one string.
 */
export function replaceMatches(text: string, pattern: RegExp, replacement: string): string {
  pattern.lastIndex = 0;
  let match = pattern.exec(text);
  if (match === null) return text;
  const parts: string[] = [];
  let at = 0;
  for (; match !== null; match = pattern.exec(text)) {
    parts.push(text.slice(at, match.index), replacement);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The text with placeholders, tags and links replaced by a space each. */
export function maskCode(text: string): string {
  return maskSpans(text, [
    ...extractPlaceholders(text),
    ...extractTags(text),
    ...extractLinks(text),
  ]);
}
