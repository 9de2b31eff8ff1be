import { endsWithAbbreviation } from './language/abbreviations.js';
import type { CheckEntry, EntryCheck } from './types.js';

type Ending = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'ellipsis' | 'none';

const NAMES: Record<Ending, string> = {
  period: 'a full stop',
  question: 'a question mark',
  exclamation: 'an exclamation mark',
  colon: 'a colon',
  semicolon: 'a semicolon',
  ellipsis: 'an ellipsis',
  none: 'no final punctuation',
};

// Closing quotes, brackets, tags and placeholders after the punctuation do not change the ending.
const TRAILING = /(?:\s|["'”“’‘»«›‹)\]}]|<\/?[A-Za-z\d][^<>]*>|\{\{[^{}]*\}\})+$/u;

function endingOf(text: string, lang: string): Ending | 'abbreviation' {
  const trimmed = text.replace(TRAILING, '');
  if (/(?:\.\.\.|…)$/.test(trimmed)) return 'ellipsis';
  const last = trimmed.at(-1) ?? '';
  if ('.。।۔'.includes(last))
    return endsWithAbbreviation(trimmed, lang) ? 'abbreviation' : 'period';
  if ('?？؟'.includes(last) || (last === ';' && lang.startsWith('el')) || last === '\u037e')
    return 'question';
  if ('!！'.includes(last)) return 'exclamation';
  if (':：'.includes(last)) return 'colon';
  if (';；'.includes(last)) return 'semicolon';
  return 'none';
}

/** The final `.`, `?`, `!`, `:` or `…` must be of the same kind. */
export function checkEndPunctuation(entry: CheckEntry): string[] {
  const source = entry.analyse('source', 'ending', endingOf);
  const target = endingOf(entry.target, entry.lang);
  if (source === target) return [];
  // An abbreviation's period may or may not also end the sentence.
  if (source === 'abbreviation' && (target === 'period' || target === 'none')) return [];
  if (target === 'abbreviation' && (source === 'period' || source === 'none')) return [];
  if (source === 'abbreviation' || target === 'abbreviation') return [];
  return [`The source ends with ${NAMES[source]}, the translation with ${NAMES[target]}.`];
}

export const endPunctuationCheck: EntryCheck = {
  id: 'end-punctuation',
  severity: 'warning',
  scope: 'entry',
  check: checkEndPunctuation,
};
