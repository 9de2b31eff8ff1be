import { getOrCreate } from '../collections.js';
import { hashTermPins, matchTerms } from '../glossary/index.js';
import type { Glossary, TermMatch } from '../types.js';

/** The glossary matches of a text, found once per distinct text (matching depends on the text alone). */
export function createTermMatcher(glossary: Glossary): (text: string) => TermMatch[] {
  const matches = new Map<string, TermMatch[]>();
  return (text) => getOrCreate(matches, text, () => matchTerms(text, glossary));
}

/**
 * The hash of the pins a text uses in a language, recorded in the lock: changing one glossary entry
 * retranslates exactly the segments that contain that term.
 */
export function createTermsHasher(
  glossary: Glossary,
  match: (text: string) => TermMatch[] = createTermMatcher(glossary),
) {
  // Repeated sentences and every target language ask again: one hash per language and text.
  const hashes = new Map<string, Map<string, string | null>>();
  return (text: string, lang: string): string | undefined => {
    const byText = getOrCreate(hashes, lang, () => new Map<string, string | null>());
    let hash = byText.get(text);
    if (hash === undefined) {
      const matches = match(text);
      hash = matches.length === 0 ? null : (hashTermPins(matches, lang) ?? null);
      byText.set(text, hash);
    }
    return hash ?? undefined;
  };
}
