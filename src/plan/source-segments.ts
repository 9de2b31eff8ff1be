import type { Segment } from '../types.js';
import type { SourceSegment } from './types.js';

/**
 * One segment per key in document order (a repeated caption shares its key and translation),
 * each with its paragraph and the headline as context; excluded kinds are left out.
 */
export function toSourceSegments(
  ns: string,
  text: string,
  segments: readonly Segment[],
  exclude: readonly string[],
): SourceSegment[] {
  const paragraphs = new Map<number, { start: number; end: number }>();
  for (const s of segments) {
    const span = paragraphs.get(s.paragraph);
    if (!span) paragraphs.set(s.paragraph, { start: s.start, end: s.end });
    else span.end = Math.max(span.end, s.end);
  }
  const headline = segments.find((s) => s.kind === 'headline')?.text;
  const seen = new Set<string>();
  const out: SourceSegment[] = [];
  // The sentences of a paragraph share one context string: a corpus holds them all at once.
  const contexts = new Map<number, string>();
  const contextOf = (index: number) => {
    let context = contexts.get(index);
    if (context === undefined) {
      const span = paragraphs.get(index)!;
      const paragraph = text.slice(span.start, span.end);
      context = headline && headline !== paragraph ? `${headline}\n\n${paragraph}` : paragraph;
      contexts.set(index, context);
    }
    return context;
  };
  for (const segment of segments) {
    if (seen.has(segment.key) || exclude.includes(segment.kind)) continue;
    seen.add(segment.key);
    // Written out, not spread: a spread with extra fields costs ~2 µs an object in V8.
    out.push({
      key: segment.key,
      text: segment.text,
      kind: segment.kind,
      paragraph: segment.paragraph,
      start: segment.start,
      end: segment.end,
      ns,
      context: contextOf(segment.paragraph),
    });
  }
  return out;
}
