import { findUnpinnedTerms, matchTerms } from '../glossary/index.js';
import { pinFor } from './text/glossary-terms.js';
import type { CheckEntry, EntryCheck } from './types.js';

/**
 * A Swedish genitive of a place is often best rendered by its adjective: "Rysslands president" is
 * "the Russian President", "Kinas ledare" "der chinesische Staatschef". A word that starts like
 * the pinned name (Russ-, Chin-, Iran-) is taken as that rendering.
 */
function rendersAsAdjective(pinned: string, target: string): boolean {
  if (/\s/.test(pinned.trim()) || pinned.length < 4) return false;
  const stem = pinned.slice(0, 4).toLowerCase();
  return target
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => word.startsWith(stem) && word !== pinned.toLowerCase());
}

/** Every glossary term of the source appears in its pinned form; kept terms stay as they are. */
export function checkGlossary(entry: CheckEntry): string[] {
  const glossary = entry.glossary;
  if (!glossary || glossary.terms.length === 0) return [];
  // Where the terms are depends on the Swedish alone: find them once for every target language.
  const matches = entry.analyse('source', 'glossary-matches', (text) => matchTerms(text, glossary));
  const unpinned = findUnpinnedTerms(entry.source, entry.target, glossary, entry.lang, matches);
  // Nearly every translation has all its terms: no filter and map (and their closures) for those.
  if (unpinned.length === 0) return [];
  return unpinned
    .filter(({ term, match }) => {
      if (!match.genitive || term.keep) return true;
      const pinned = pinFor(term.translations, entry.lang)?.base;
      return pinned === undefined || !rendersAsAdjective(pinned, entry.target);
    })
    .map(({ term, match, expected }) =>
      term.keep
        ? `"${match.text}" is a kept term: the translation must contain "${expected}" unchanged.`
        : `"${match.text}" is pinned in the glossary as "${expected}" for ${entry.lang}, which the translation does not contain.`,
    );
}

export const glossaryCheck: EntryCheck = {
  id: 'glossary',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkGlossary,
};
