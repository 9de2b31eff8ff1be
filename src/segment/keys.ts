// Keys that stay put: a paragraph's key is a function of that paragraph's own text, so inserting,
// deleting or editing one paragraph changes the keys of that paragraph's segments and no others.
//
// The prefix is the paragraph's *shape* (read from its text alone), not its structural kind: `lede`
// or `caption` depend on the neighbours (the first body paragraph, the block above a credit), so a
// kind prefix would rename the old lede when a paragraph is inserted above it. Shapes still tell
// a quote (`quote-…`) from prose (`p-…`), a heading, a credit or the fact box title at a glance.

import { InternalError } from '../errors.js';
import type { Segment, SegmentKind } from '../types.js';
import { matchDateline, readShape, type Shape } from './read-shape.js';
import { HASH_LENGTH, hashText, slugify } from './slug.js';

const PREFIX: Record<Shape, string> = {
  credit: 'credit',
  'factbox-title': 'fact',
  source: 'source',
  dateline: 'dateline',
  timestamp: 'time',
  quote: 'quote',
  boilerplate: 'site',
  heading: 'heading',
  prose: 'p',
};

/** `p-toppmotet-for-den-asiatiska`: shape prefix and the first words, before clash handling. */
export function buildBaseKey(paragraph: string, shape = readShape(paragraph)): string {
  const slug = slugify(readSlugSource(paragraph, shape));
  return `${PREFIX[shape]}-${slug || hashText(paragraph)}`;
}

/** The words that name a paragraph: without its label (`Foto:`), dialogue dash or timestamp. */
function readSlugSource(paragraph: string, shape: Shape): string {
  if (shape === 'credit' || shape === 'factbox-title' || shape === 'source') {
    return paragraph.slice(paragraph.indexOf(':') + 1);
  }
  if (shape === 'dateline') {
    const firstLine = paragraph.split('\n', 1)[0]!;
    const place = matchDateline(firstLine)?.place;
    return place ? firstLine.slice(place.start, place.end) : firstLine;
  }
  return paragraph;
}

/**
 * One key per distinct paragraph text. When different paragraphs share a base key, the shortest
 * (then the lowest hash) keeps it and the others get a short hash of their own text appended.
 * The choice never depends on order; an edit that lengthens one of two repeated paragraphs (the
 * caption) leaves the untouched copy its key.
 */
export function buildParagraphKeys(
  paragraphs: readonly string[],
  shapes: readonly Shape[] = paragraphs.map((text) => readShape(text)),
): Map<string, string> {
  // The distinct texts of each base key; nearly every base has one.
  const textsByBase = new Map<string, string[]>();
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i]!;
    const base = buildBaseKey(text, shapes[i]);
    const texts = textsByBase.get(base);
    if (texts === undefined) textsByBase.set(base, [text]);
    else if (!texts.includes(text)) texts.push(text);
  }
  const keys = new Map<string, string>();
  for (const [base, texts] of textsByBase) {
    if (texts.length === 1) keys.set(texts[0]!, base);
    else keyClashingTexts(base, texts, keys);
  }
  return keys;
}

/** Distinct texts that share `base`: the shortest (then the lowest hash) keeps it. */
function keyClashingTexts(base: string, texts: readonly string[], keys: Map<string, string>): void {
  // Each text hashed once: for the ranking, and its first digits for its key. Filled by a loop:
  // the arrays Array#map makes had V8 recompile buildParagraphKeys after a wrong-map bailout.
  const ranked: Array<{ text: string; hash: string }> = [];
  for (const text of texts) ranked.push({ text, hash: hashText(text, 64) });
  ranked.sort((a, b) => a.text.length - b.text.length || compareStrings(a.hash, b.hash));
  for (let i = 0; i < ranked.length; i++) {
    const { text, hash } = ranked[i]!;
    keys.set(text, i === 0 ? base : `${base}-${hash.slice(0, HASH_LENGTH)}`);
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Key of the `nth` of a paragraph's segments: the bare key for one, `.place`/`.time` for a
 * dateline, else `.s1`, `.s2` … Read from the segments themselves: no array of kinds or keys is
 * built per paragraph (arrays of varying shapes there cost several deoptimisations a first run).
 */
function buildSegmentKey(
  paragraphKey: string,
  segments: ReadonlyArray<{ kind: SegmentKind }>,
  nth: number,
): string {
  if (segments.length === 1) return paragraphKey;
  if (
    segments.length === 2 &&
    segments[0]!.kind === 'dateline' &&
    segments[1]!.kind === 'timestamp'
  ) {
    return nth === 0 ? `${paragraphKey}.place` : `${paragraphKey}.time`;
  }
  return `${paragraphKey}.s${nth + 1}`;
}

/**
 * Gives every segment its key, in order. Block `i` has the text `paragraphs[i]`, the shape
 * `shapes[i]` and the segments `segments[i]`.
 */
export function assignKeys(
  paragraphs: readonly string[],
  shapes: readonly Shape[],
  segments: ReadonlyArray<ReadonlyArray<Omit<Segment, 'key'>>>,
): Segment[] {
  const paragraphKeys = buildParagraphKeys(paragraphs, shapes);
  const keyed: Segment[] = [];
  for (let block = 0; block < segments.length; block++) {
    const blockSegments = segments[block]!;
    const paragraphKey = paragraphKeys.get(paragraphs[block]!)!;
    for (let nth = 0; nth < blockSegments.length; nth++) {
      const { text, kind, paragraph, start, end } = blockSegments[nth]!;
      const key = buildSegmentKey(paragraphKey, blockSegments, nth);
      keyed.push({ key, text, kind, paragraph, start, end });
    }
  }
  assertKeysConsistent(keyed);
  return keyed;
}

/** Equal keys must mean equal text, and no key may be both a value and a parent of another. */
function assertKeysConsistent(segments: readonly Segment[]): void {
  const texts = new Map<string, string>();
  for (const { key, text } of segments) {
    const seen = texts.get(key);
    if (seen !== undefined && seen !== text) {
      throw new InternalError(`Key ${key} names two different texts: "${seen}" and "${text}".`);
    }
    texts.set(key, text);
  }
  for (const key of texts.keys()) {
    const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined;
    if (parent !== undefined && texts.has(parent)) {
      throw new InternalError(`Key ${parent} is both a translation and the parent of ${key}.`);
    }
  }
}
