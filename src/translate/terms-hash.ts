import { getOrCreate } from '../collections.js';
import { hashTermPins, matchTerms } from '../glossary/index.js';
import type { Glossary, TermMatch } from '../types.js';

/**
 * The hash of the pins a text uses in a language, recorded in the lock: changing one glossary entry
 * retranslates exactly the segments that contain that term.
 */
export function createTermsHasher(glossary: Glossary) {
  const matchCache = new Map<string, TermMatch[]>();
  return (text: string, lang: string): string | undefined =>
    hashTermPins(
      getOrCreate(matchCache, text, () => matchTerms(text, glossary)),
      lang,
    );
}
