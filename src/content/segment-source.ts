// A source file → the segments the plan works on. An article is cut into blocks and sentences;
// a JSON file of UI strings gives one segment per key, as written, never split.

import { toSourceSegments } from '../plan/source-segments.js';
import type { SourceSegment } from '../plan/types.js';
import { segmentText } from '../segment/index.js';
import type { SourceText } from './read-source.js';

export function segmentSource(source: SourceText, exclude: readonly string[]): SourceSegment[] {
  if (!source.strings) {
    return toSourceSegments(source.ns, source.text, segmentText(source.text), exclude);
  }
  if (exclude.includes('paragraph')) return [];
  return stringSegments(source.ns, source.strings);
}

/**
 * Key → text strings (UI strings, or a source locale file) as segments. A UI string stands alone:
 * no surrounding paragraph to give an engine as context. Offsets point nowhere (the JSON-escaped
 * text is not a substring of the file).
 */
export function stringSegments(ns: string, strings: ReadonlyMap<string, string>): SourceSegment[] {
  return [...strings].map(([key, text], paragraph) => ({
    ns,
    key,
    text,
    kind: 'paragraph',
    paragraph,
    start: 0,
    end: 0,
    context: '',
  }));
}
