// The parts of a text several checks need, computed once per text through `entry.analyse`.

import { maskSpans } from './text/mask.js';
import { extractPlaceholders, type Placeholder } from './text/placeholders.js';
import { collapseToSame, normaliseSpace } from './text/space.js';
import { extractTags, type Tag } from './text/tags.js';
import { extractLinks, type Link } from './text/urls.js';
import type { CheckEntry } from './types.js';

type Side = 'source' | 'target';

export function placeholdersOf(entry: CheckEntry, side: Side): Placeholder[] {
  return entry.analyse(side, 'placeholders', extractPlaceholders);
}

export function tagsOf(entry: CheckEntry, side: Side): Tag[] {
  return entry.analyse(side, 'tags', extractTags);
}

export function linksOf(entry: CheckEntry, side: Side): Link[] {
  return entry.analyse(side, 'links', extractLinks);
}

/** The translation is the source text, but for whitespace. */
export function isUnchanged(entry: CheckEntry): boolean {
  if (entry.target === entry.source) return true;
  // Normalised texts that are the same are the same collapsed (normaliseSpace collapses or leaves
  // a text as it is): most translations are told from their source at the first word this way,
  // without a walk over either to normalise it.
  if (!collapseToSame(entry.target, entry.source)) return false;
  return normaliseSpace(entry.target) === entry.analyse('source', 'space', normaliseSpace);
}

/** The text without placeholders, tags and links: what is left is language, numbers and punctuation. */
export function maskedOf(entry: CheckEntry, side: Side): string {
  return entry.analyse(side, 'masked', (text) => {
    const placeholders = placeholdersOf(entry, side);
    const tags = tagsOf(entry, side);
    const links = linksOf(entry, side);
    // Most texts have none of them: no list of spans to build.
    if (placeholders.length === 0 && tags.length === 0 && links.length === 0) return text;
    return maskSpans(text, [...placeholders, ...tags, ...links]);
  });
}
