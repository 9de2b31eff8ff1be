// The possessive a target language makes from a pinned name, where it can be derived from the
// written form alone. Languages whose genitive is a case ending that depends on the word's
// declension (uk, ru, pl, fi, …) get the base form; an entry may give `genitive` explicitly.

import { primaryLanguage } from './language.js';

/** `SCO`, `USA`, `AP/TT`: the last word is two or more capitals. */
function isAcronym(text: string): boolean {
  const last =
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .at(-1) ?? '';
  return /\p{L}/u.test(last) && last.length >= 2 && last === last.toUpperCase();
}

function endsWith(text: string, letters: RegExp): boolean {
  return letters.test(text.at(-1) ?? '');
}

/** The possessive of `base` in `lang`, or `base` itself when the language has no such form. */
export function derivePossessive(base: string, lang: string): string {
  switch (primaryLanguage(lang)) {
    case 'en':
      // Style guides differ on Belarus's / Belarus'; the s'-rule reads right for both.
      return endsWith(base, /[sS]/) && !isAcronym(base) ? `${base}'` : `${base}'s`;
    case 'de':
      // News German puts acronyms in the genitive with the article (die Mitglieder der SCO).
      if (isAcronym(base)) return base;
      return endsWith(base, /[sßxzSXZ]/) ? `${base}'` : `${base}s`;
    case 'sv':
      if (isAcronym(base) || !/\p{L}/u.test(base.at(-1) ?? '')) return `${base}:s`;
      return endsWith(base, /[sxzSXZ]/) ? base : `${base}s`;
    case 'nb':
    case 'nn':
    case 'no':
      if (isAcronym(base)) return `${base}s`;
      return endsWith(base, /[sxzSXZ]/) ? `${base}'` : `${base}s`;
    case 'da':
      if (isAcronym(base)) return `${base}'s`;
      return endsWith(base, /[sxzSXZ]/) ? `${base}'` : `${base}s`;
    default:
      return base;
  }
}
