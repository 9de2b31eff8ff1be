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

/** Closing quotes, brackets, tags and placeholders after the punctuation do not change the ending. */
function stripClosers(text: string): string {
  let end = text.length;
  for (;;) {
    const char = text[end - 1];
    if (char === undefined) return '';
    if (CLOSERS.has(char) && !(char === '}' && text[end - 2] === '}')) end--;
    else if (char === '>') {
      const open = text.lastIndexOf('<', end - 1);
      if (open < 0 || !/^<\/?[A-Za-z\d]/.test(text.slice(open, open + 3)))
        return text.slice(0, end);
      end = open;
    } else if (char === '}' && text[end - 2] === '}') {
      const open = text.lastIndexOf('{{', end - 2);
      if (open < 0) return text.slice(0, end);
      end = open;
    } else return text.slice(0, end);
  }
}

function endingOf(text: string, lang: string): Ending | 'abbreviation' {
  const trimmed = stripClosers(text);
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
  textOnly: true,
  check: checkEndPunctuation,
};
