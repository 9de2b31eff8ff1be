import { isUnchanged, maskedOf } from './analysis.js';
import { findForeignWords, mayHoldForeignWords } from './language/find-foreign-words.js';
import { listQuoted } from './quote.js';
import { createTermMasker } from './text/glossary-terms.js';
import { replaceMatches } from './text/mask.js';
import type { CheckEntry, EntryCheck } from './types.js';

/**
 * A source word kept on purpose, as a gloss in brackets or quoted: "the right of public access
 * (allemansrätten)", "the Swedish word “lagom”". Up to three words; longer passages still count.
 */
function maskGlosses(text: string): string {
  // Most texts have neither brackets nor quotes: the patterns need not scan them.
  const unbracketed = text.includes('(') ? replaceMatches(text, BRACKETED, ' ') : text;
  return OPENING_QUOTE.test(unbracketed) ? replaceMatches(unbracketed, QUOTED, ' ') : unbracketed;
}

// Neither matches an empty string.
const BRACKETED = /\((?:\s*[\p{L}'’-]+){1,3}\s*\)/gu;
const QUOTED = /["“„«‘‚‹][\p{L}'’-]+["”“»’‘›]/gu;
const OPENING_QUOTE = /["“„«‘‚‹]/;

/** A translation wholly or partly in another language: Swedish left behind, the wrong script. */
export function checkWrongLanguage(entry: CheckEntry): string[] {
  // An untouched source text is the `untranslated` check's finding.
  if (isUnchanged(entry)) return [];
  const target = maskedOf(entry, 'target');
  // Masking only blanks parts of a text: most need not be masked to be cleared.
  if (!mayHoldForeignWords(target, entry.lang)) return [];
  const maskTerms = entry.memo.get('term-masker', entry.lang, () =>
    createTermMasker(entry.glossary, entry.lang),
  );
  const text = maskGlosses(maskTerms(target));
  const foreign = findForeignWords(text, entry.lang, entry.sourceLang, entry.source);
  if (!foreign) return [];
  const shown = listQuoted(foreign.words.slice(0, 4));
  return [`Part of the translation is in ${foreign.language}, not ${entry.lang}: ${shown}.`];
}

export const wrongLanguageCheck: EntryCheck = {
  id: 'wrong-language',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkWrongLanguage,
};
