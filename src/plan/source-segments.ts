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
  for (const segment of segments) {
    if (seen.has(segment.key) || exclude.includes(segment.kind)) continue;
    seen.add(segment.key);
    const span = paragraphs.get(segment.paragraph)!;
    const paragraph = text.slice(span.start, span.end);
    const context = headline && headline !== paragraph ? `${headline}\n\n${paragraph}` : paragraph;
    out.push({ ...segment, ns, context });
  }
  return out;
}
