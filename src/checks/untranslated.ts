import { isUnchanged, maskedOf } from './analysis.js';
import { FUNCTION_WORDS, NATIVE_SWEDISH_LETTERS, primaryLanguage } from './language/profiles.js';
import { ALSO_IN, SWEDISH_NOT_SCANDINAVIAN, SWEDISH_WORDS } from './language/swedish-words.js';
import { createTermMasker } from './text/glossary-terms.js';
import { isSpace } from './text/space.js';
import { splitWords, type Word } from './text/words.js';
import type { CheckEntry, EntryCheck } from './types.js';

/** Words every language writes the same way. */
const INTERNATIONAL = new Set([
  'via',
  'ok',
  'okay',
  'app',
  'online',
  'offline',
  'e-mail',
  'email',
  'web',
  'wifi',
  'pdf',
  'vs',
  'etc',
  'per',
  'pro',
  'info',
]);

/**
 * Whether a text still holds language once names, codes, numbers, placeholders and glossary terms
 * are gone, and that language could not also be the target's (`Foto`, `Start` are German too).
 */
function hasTranslatableWords(entry: CheckEntry): boolean {
  const maskTerms = entry.memo.get('term-masker', entry.lang, () =>
    createTermMasker(entry.glossary, entry.lang),
  );
  const text = maskTerms(maskedOf(entry, 'source'));
  const words = splitWords(text);
  const target = primaryLanguage(entry.lang);
  const nordic = ['nb', 'nn', 'no', 'da'].includes(target);
  const sharedWithTarget = (w: string) =>
    nordic
      ? !SWEDISH_NOT_SCANDINAVIAN.has(w) && !/[äö]/.test(w)
      : (ALSO_IN[target]?.has(w) ?? false) || (FUNCTION_WORDS[target]?.has(w) ?? false);
  const native = NATIVE_SWEDISH_LETTERS[target] ?? '';
  return words.some((word, i) => {
    if (word.code || INTERNATIONAL.has(word.lower)) return false;
    if (sharedWithTarget(word.lower)) return false;
    // Swedish capitalises a word inside a sentence only as a name: `Ng Han Guan` is not `han`.
    if (SWEDISH_WORDS.has(word.lower)) return !word.capital || word.initial;
    if ([...word.lower].some((c) => 'åäö'.includes(c) && !native.includes(c)))
      return !word.capital || word.initial;
    // The lower-case part of a hyphenated name (`Young-joon`) belongs to the name.
    if (followsNameHyphen(text, words, i)) return false;
    // Other lower-case words are language, but a capitalised one may be a name.
    return !word.capital && word.text.length > 1 && !nordic;
  });
}

/** `word` is joined by a hyphen to a capitalised word that is not an abbreviation (`Young-joon`). */
function followsNameHyphen(text: string, words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  const word = words[index]!;
  if (!previous?.capital || previous.code || previous.end !== word.start - 1) {
    return false;
  }
  return HYPHENS.includes(text[previous.end]!);
}

const HYPHENS = '-\u2010\u2011';

/**
 * Whether the texts differ in what is not whitespace: then neither is the other with its
 * whitespace normalised, and the translation is not unchanged. Most differ in the first letter.
 */
function differBeyondSpace(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i === a.length || j === b.length) return i !== a.length || j !== b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return true;
    i++;
    j++;
  }
}

/** The translation is still the source text. A text of names, codes and numbers may stay as it is. */
export function checkUntranslated(entry: CheckEntry): string[] {
  if (differBeyondSpace(entry.source, entry.target)) return [];
  if (primaryLanguage(entry.lang) === primaryLanguage(entry.sourceLang)) return [];
  if (!isUnchanged(entry)) return [];
  if (!hasTranslatableWords(entry)) return [];
  return ['The translation is the untranslated source text.'];
}

export const untranslatedCheck: EntryCheck = {
  id: 'untranslated',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkUntranslated,
};
