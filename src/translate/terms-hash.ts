import { getOrCreate } from '../collections.js';
import { hashTermPins, matchTerms } from '../glossary/index.js';
import type { Glossary, TermMatch } from '../types.js';

/**
 * The hash of the pins a text uses in a language, recorded in the lock: changing one glossary entry
 * retranslates exactly the segments that contain that term.
 */
export function createTermsHasher(glossary: Glossary) {
  const matchCache = new Map<string, TermMatch[]>();
  // Repeated sentences and every target language ask again: one hash per language and text.
  const hashes = new Map<string, Map<string, string | null>>();
  return (text: string, lang: string): string | undefined => {
    const byText = getOrCreate(hashes, lang, () => new Map<string, string | null>());
    let hash = byText.get(text);
    if (hash === undefined) {
      const matches = getOrCreate(matchCache, text, () => matchTerms(text, glossary));
      hash = matches.length === 0 ? null : (hashTermPins(matches, lang) ?? null);
      byText.set(text, hash);
    }
    return hash ?? undefined;
  };
}
