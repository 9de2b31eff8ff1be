// Glossary terms are names and kept words: language checks must not read them as words of a language.

import { escapeRegExp } from '../../glossary/escape-regexp.js';
import type { Glossary, PinnedForm } from '../../types.js';
import { isSurrogate, unitTest } from './letters.js';
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
  const maskers = [
    sensitive.length > 0 ? createFormMasker(sensitive, 'gu') : undefined,
    insensitive.length > 0 ? createFormMasker(insensitive, 'giu') : undefined,
  ].filter((mask) => mask !== undefined);
  return (text) => maskers.reduce((out, mask) => mask(out), text);
}

/**
 * Blanks `forms` (longest first), with genitive and possessive endings, on word boundaries. The
 * boundary before a term is tested in code, after the pattern has found the rest: led by that
 * lookbehind, the pattern ran it at every position; led by the forms, the regex engine skips
 * ahead to where one may start. A position the boundary rejects is one the whole pattern would
 * have rejected, so the search goes on from the next character, and finds what it found.
 */
function createFormMasker(forms: readonly string[], flags: string): (text: string) => string {
  const distinct = [...new Set(forms)].sort((a, b) => b.length - a.length);
  const alternatives = distinct.map(escapeRegExp).join('|');
  // Genitive and possessive endings: Putins, SCO:s, Putin's, Putins'.
  const rest = `(?:${alternatives})(?::s|['’]s|s['’]?|['’])?(?![\\p{L}\\p{N}])`;
  // A form with a surrogate may start in a pair, where the next character is not one unit on.
  if (distinct.some((form) => SURROGATE.test(form))) {
    const whole = new RegExp(`(?<![\\p{L}\\p{N}])${rest}`, flags);
    return (text) => replaceMatches(text, whole, ' ');
  }
  const pattern = new RegExp(rest, flags);
  return (text) => replaceBoundedMatches(text, pattern);
}

const SURROGATE = /[\ud800-\udfff]/;
const isLetterOrNumberUnit = unitTest(/[\p{L}\p{N}]/u);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** replaceMatches with ' ' for the matches of `pattern` not after a letter or number. */
function replaceBoundedMatches(text: string, pattern: RegExp): string {
  pattern.lastIndex = 0;
  const parts: string[] = [];
  let at = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (isLetterOrNumberBefore(text, match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    parts.push(text.slice(at, match.index), ' ');
    at = match.index + match[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(at));
  // Joined, not concatenated: see replaceMatches.
  return parts.join('');
}

/** `(?<![\p{L}\p{N}])` at `index`: the character before, a pair or a unit, as a `u` pattern reads it. */
function isLetterOrNumberBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (!isSurrogate(code)) return isLetterOrNumberUnit(code);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  // A low surrogate after a high one ends a pair; any other surrogate is a character alone.
  if (code >= 0xdc00 && high >= 0xd800 && high <= 0xdbff) {
    return LETTER_OR_NUMBER.test(text.slice(index - 2, index));
  }
  return false;
}
