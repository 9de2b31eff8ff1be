// The ending is read by code unit, and a last word of ASCII letters judged without the
// abbreviation regexes: on random text the check must equal the plain version kept here.
import { describe, expect, it } from 'vitest';
import { checkEndPunctuation } from '../../src/checks/end-punctuation.js';
import { endsWithAbbreviation } from '../../src/checks/language/abbreviations.js';
import type { CheckEntry } from '../../src/checks/types.js';
import { entry } from './helpers.js';

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

function plainCheck(entry: CheckEntry): string[] {
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

const PIECES = [
  '.',
  '...',
  '…',
  '?',
  '!',
  ':',
  ';',
  '；',
  '？',
  '。',
  '\u037e',
  ' ',
  '(',
  ')',
  '"',
  '”',
  '»',
  '}}',
  '{{n}}',
  '<b>',
  '</b>',
  '<',
  '>',
  'a',
  'etc',
  'ETC',
  'usw',
  'p.m',
  'z.B',
  'Mr',
  'Moscow',
  'osv',
  'kr',
  'bl.a',
  'abcdefgh',
  'ö',
  'р',
  'тис',
  '1',
  '𝐀',
  '\t',
  '\u00a0',
  'é',
];

function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('end-punctuation by code unit', () => {
  it('equals the plain version on random text', () => {
    const random = seeded(7);
    const text = () => {
      let t = '';
      for (let n = Math.floor(random() * 7); n > 0; n--)
        t += PIECES[Math.floor(random() * PIECES.length)];
      return t;
    };
    for (const lang of ['en-GB', 'de', 'uk', 'el', 'fr']) {
      for (let n = 0; n < 5000; n++) {
        const source = text();
        const target = text();
        const made = () => entry(source, target, { lang, sourceLang: 'sv' });
        expect(checkEndPunctuation(made()), JSON.stringify([source, target, lang])).toEqual(
          plainCheck(made()),
        );
      }
    }
  });
});
