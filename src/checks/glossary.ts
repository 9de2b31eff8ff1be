import { findUnpinnedTerms } from '../glossary/index.js';
import type { CheckEntry, EntryCheck } from './types.js';

/** Every glossary term of the source appears in its pinned form; kept terms stay as they are. */
export function checkGlossary(entry: CheckEntry): string[] {
  const glossary = entry.glossary;
  if (!glossary || glossary.terms.length === 0) return [];
  return findUnpinnedTerms(entry.source, entry.target, glossary, entry.lang).map(
    ({ term, match, expected }) =>
      term.keep
        ? `"${match.text}" is a kept term: the translation must contain "${expected}" unchanged.`
        : `"${match.text}" is pinned in the glossary as "${expected}" for ${entry.lang}, which the translation does not contain.`,
  );
}

export const glossaryCheck: EntryCheck = {
  id: 'glossary',
  severity: 'error',
  scope: 'entry',
  check: checkGlossary,
};
