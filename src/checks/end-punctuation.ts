import { ABBREVIATIONS, endsWithAbbreviation } from './language/abbreviations.js';
import { primaryLanguage } from './language/profiles.js';
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

/**
 * Closing quotes, brackets and spaces: they do not change the ending. By code unit: every text
 * of every language is read at its end.
 */
function isCloser(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0x09: // tab
    case 0x0a: // line feed
    case 0xa0: // no-break space
    case 0x22: // "
    case 0x27: // '
    case 0x201d: // ”
    case 0x201c: // “
    case 0x2019: // ’
    case 0x2018: // ‘
    case 0xbb: // »
    case 0xab: // «
    case 0x203a: // ›
    case 0x2039: // ‹
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
      return true;
    default:
      return false;
  }
}

const BRACE = 0x7d;

/**
 * Where the text ends but for closing quotes, brackets, tags and placeholders: they do not change
 * the ending. An index, not a slice: most texts are only looked at there.
 */
function endBeforeClosers(text: string): number {
  let end = text.length;
  for (;;) {
    if (end === 0) return 0;
    const code = text.charCodeAt(end - 1);
    const placeholder = code === BRACE && text.charCodeAt(end - 2) === BRACE;
    if (isCloser(code) && !placeholder) end--;
    else if (code === 0x3e) {
      const open = text.lastIndexOf('<', end - 1);
      if (open < 0 || !/^<\/?[A-Za-z\d]/.test(text.slice(open, open + 3))) return end;
      end = open;
    } else if (placeholder) {
      const open = text.lastIndexOf('{{', end - 2);
      if (open < 0) return end;
      end = open;
    } else return end;
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * `endsWithAbbreviation(text.slice(0, end), lang)`, told at once for the common last word of
 * ASCII letters: longer than 7 it is none, else it is one only as listed. Every other last word
 * (dotted, other letters or signs) is left to endsWithAbbreviation.
 */
function endsWithAbbreviationAt(text: string, end: number, lang: string): boolean {
  // The last word runs back from before the final period to a space or an opening bracket.
  let at = end - 2;
  for (; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x28) break;
    if (!isAsciiLetter(code)) return endsWithAbbreviation(text.slice(0, end), lang);
  }
  const length = end - 2 - at;
  if (length === 0 || length > 7) return false;
  const word = text.slice(at + 1, end - 1).toLowerCase();
  return ABBREVIATIONS[primaryLanguage(lang)]?.has(word) ?? false;
}

/**
 * The ending of `text`. Without `abbreviations`, a final period is a period even after an
 * abbreviation: the caller does not need to tell them apart.
 */
function endingOf(text: string, lang: string, abbreviations = true): Ending | 'abbreviation' {
  const end = endBeforeClosers(text);
  // Nothing but closers ends as a period did (an empty last character is in every string).
  if (end === 0) return 'period';
  const last = text.charCodeAt(end - 1);
  switch (last) {
    case 0x2026: // …
      return 'ellipsis';
    case 0x2e: // .
      if (end >= 3 && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) === 0x2e)
        return 'ellipsis';
      return abbreviations && endsWithAbbreviationAt(text, end, lang) ? 'abbreviation' : 'period';
    case 0x3002: // 。
    case 0x0964: // ।
    case 0x06d4: // ۔
      return abbreviations && endsWithAbbreviationAt(text, end, lang) ? 'abbreviation' : 'period';
    case 0x3f: // ?
    case 0xff1f: // ？
    case 0x061f: // ؟
    case 0x037e: // Greek question mark
      return 'question';
    case 0x3b: // ;
      return lang.startsWith('el') ? 'question' : 'semicolon';
    case 0xff1b: // ；
      return 'semicolon';
    case 0x21: // !
    case 0xff01: // ！
      return 'exclamation';
    case 0x3a: // :
    case 0xff1a: // ：
      return 'colon';
    default:
      return 'none';
  }
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
