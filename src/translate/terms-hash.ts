import { getOrCreate } from '../collections.js';
import { matchTerms, pinFor } from '../glossary/index.js';
import type { Glossary } from '../types.js';

/**
 * The hash of the pins a text uses in a language, recorded in the lock: changing one glossary entry
 * retranslates exactly the segments that contain that term.
 */
export function createTermsHasher(glossary: Glossary, hashText: (text: string) => string) {
  const matchCache = new Map<string, ReturnType<typeof matchTerms>>();
  return (text: string, lang: string): string | undefined => {
    const matches = getOrCreate(matchCache, text, () => matchTerms(text, glossary));
    if (matches.length === 0) return undefined;
    const pins = new Set(
      matches.map(
        (m) => `${m.term.term}\u0000${m.genitive}\u0000${pinFor(m.term, lang, m.genitive) ?? ''}`,
      ),
    );
    return hashText([...pins].sort().join('\n'));
  };
}
