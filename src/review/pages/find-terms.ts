// Where the glossary's terms sit on both sides of a segment, for the review page's highlights.

import { matchTerms, pinForMatch } from '../../glossary/index.js';
import { pinnedFormFinder } from '../../glossary/pinned-form-finder.js';
import { normaliseForSearch } from '../../glossary/target-pattern.js';
import type { Glossary } from '../../types.js';
import type { ReviewTerm } from '../html/index.js';

/** Each Swedish term with a pin in `lang`, at its offsets in the source. */
export function findSourceTerms(source: string, glossary: Glossary, lang: string): ReviewTerm[] {
  return matchTerms(source, glossary).flatMap((m) => {
    const pinned = pinForMatch(m, lang);
    if (pinned === undefined) return [];
    return [{ start: m.start, end: m.end, pinned, ...(m.term.note ? { note: m.term.note } : {}) }];
  });
}

/**
 * Each occurrence of a pinned form in the translation, with the endings the language adds to
 * names (`Putin's`, `Путіна`). Offsets are into the raw target: the pattern is matched there, not
 * on the normalised text, so they line up with what the page prints.
 */
export function findTargetTerms(
  target: string,
  sourceTerms: readonly ReviewTerm[],
  lang: string,
): ReviewTerm[] {
  const byPin = new Map<string, ReviewTerm>();
  for (const term of sourceTerms) if (!byPin.has(term.pinned)) byPin.set(term.pinned, term);
  const found: ReviewTerm[] = [];
  for (const [pinned, term] of byPin) {
    const finder = pinnedFormFinder([normaliseForSearch(pinned)], lang);
    for (const [start, end] of finder.findAll(target)) {
      if (end === start) continue;
      found.push({
        start,
        end,
        pinned,
        ...(term.note ? { note: term.note } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
