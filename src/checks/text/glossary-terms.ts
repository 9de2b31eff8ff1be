// Glossary terms are names and kept words: language checks must not read them as words of a language.

import { escapeRegExp } from '../../glossary/escape-regexp.js';
import type { Glossary, PinnedForm } from '../../types.js';
import { replaceMatches } from './mask.js';

/** The pin for `lang`, most specific tag first (`en-GB`, then `en`). */
export function pinFor(
  translations: Record<string, PinnedForm>,
  lang: string,
): PinnedForm | undefined {
  const byLower = new Map(Object.entries(translations).map(([k, v]) => [k.toLowerCase(), v]));
  const parts = lang.toLowerCase().split(/[-_]/);
  for (let n = parts.length; n > 0; n--) {
    const found = byLower.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return undefined;
}

/** A character as a member of a character class. */
function escapeClassChar(char: string): string {
  return /[\\\][^-]/.test(char) ? `\\${char}` : char;
}

/**
 * A function that blanks every glossary term in a text: Swedish forms with their genitives, kept
 * terms, and the pinned forms for `lang`. Longest forms first, on word boundaries.
 */
export function createTermMasker(
  glossary: Glossary | undefined,
  lang: string,
): (text: string) => string {
  if (!glossary || glossary.terms.length === 0) return (text) => text;
  const sensitive: string[] = [];
  const insensitive: string[] = [];
  for (const term of glossary.terms) {
    const forms = [term.term, ...term.forms];
    const pin = pinFor(term.translations, lang);
    if (pin) forms.push(pin.base, ...(pin.genitive ? [pin.genitive] : []));
    (term.caseSensitive ? sensitive : insensitive).push(...forms.filter((f) => f.trim() !== ''));
  }
  const build = (forms: string[], flags: string) => {
    if (forms.length === 0) return undefined;
    const distinct = [...new Set(forms)].sort((a, b) => b.length - a.length);
    const alternatives = distinct.map(escapeRegExp);
    // A term starts at one of these: tested first, the costly lookbehind runs only there.
    const starts = [...new Set(distinct.map((form) => String.fromCodePoint(form.codePointAt(0)!)))];
    // Genitive and possessive endings: Putins, SCO:s, Putin's, Putins'.
    return new RegExp(
      `(?=[${starts.map(escapeClassChar).join('')}])(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?::s|['’]s|s['’]?|['’])?(?![\\p{L}\\p{N}])`,
      flags,
    );
  };
  const patterns = [build(sensitive, 'gu'), build(insensitive, 'giu')].filter(
    (p) => p !== undefined,
  );
  // No form is empty, so neither pattern matches an empty string.
  return (text) => patterns.reduce((out, pattern) => replaceMatches(out, pattern, ' '), text);
}
