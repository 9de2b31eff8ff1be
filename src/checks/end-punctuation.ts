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

const CLOSERS = new Set([
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '"',
  "'",
  '”',
  '“',
  '’',
  '‘',
  '»',
  '«',
  '›',
  '‹',
  ')',
  ']',
  '}',
]);

/**
 * Where the text ends but for closing quotes, brackets, tags and placeholders: they do not change
 * the ending. An index, not a slice: most texts are only looked at there.
 */
function endBeforeClosers(text: string): number {
  let end = text.length;
  for (;;) {
    const char = text[end - 1];
    if (char === undefined) return 0;
    if (CLOSERS.has(char) && !(char === '}' && text[end - 2] === '}')) end--;
    else if (char === '>') {
      const open = text.lastIndexOf('<', end - 1);
      if (open < 0 || !/^<\/?[A-Za-z\d]/.test(text.slice(open, open + 3))) return end;
      end = open;
    } else if (char === '}' && text[end - 2] === '}') {
      const open = text.lastIndexOf('{{', end - 2);
      if (open < 0) return end;
      end = open;
    } else return end;
  }
}

/**
 * The ending of `text`. Without `abbreviations`, a final period is a period even after an
 * abbreviation: the caller does not need to tell them apart.
 */
function endingOf(text: string, lang: string, abbreviations = true): Ending | 'abbreviation' {
  const end = endBeforeClosers(text);
  if (text.endsWith('...', end) || text.endsWith('…', end)) return 'ellipsis';
  const last = end > 0 ? text[end - 1]! : '';
  if ('.。।۔'.includes(last))
    return abbreviations && endsWithAbbreviation(text.slice(0, end), lang)
      ? 'abbreviation'
      : 'period';
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
  // After a source's full stop or abbreviation, either is fine in the translation (see below).
  const target = endingOf(
    entry.target,
    entry.lang,
    source !== 'period' && source !== 'abbreviation',
  );
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
  textOnly: true,
  check: checkEndPunctuation,
};
