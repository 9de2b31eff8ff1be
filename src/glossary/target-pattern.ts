// How a pinned form may appear in a translation: as written, plus the possessive or case
// endings the target language adds to names. Used to count pinned occurrences in the output.

import { escapeRegExp } from './escape-regexp.js';
import { primaryLanguage } from './language.js';

/**
 * Languages whose nouns decline, names included (uk: Путін, Путіна, Путіну, Путіним): a pin
 * counts when each of its words appears from its stem at a word start.
 */
const CASE_LANGUAGES = new Set(
  'uk ru be pl cs sk sl hr sr bs bg mk lt lv et fi hu tr az kk uz ky is el ka hy ro sq eu la'.split(
    ' ',
  ),
);

/** Endings a non-declining language adds to a name: possessives, and German `des Kremls`. */
const NAME_SUFFIXES: Record<string, string> = {
  en: "(?:'s|')?",
  de: "(?:s|es|')?",
  nb: "(?:s|'|:s|'s)?",
  nn: "(?:s|'|:s|'s)?",
  no: "(?:s|'|:s|'s)?",
  da: "(?:s|'|:s|'s)?",
  sv: "(?:s|'|:s|'s)?",
};

const LETTER = '[\\p{L}\\p{M}]';
// The same test as a lookaround on LETTER, written as two: V8 compiles a union of Unicode
// properties inside a lookaround slowly (a run compiles hundreds of these patterns).
const NOT_AFTER_LETTER = '(?<!\\p{L})(?<!\\p{M})';
const NOT_BEFORE_LETTER = '(?!\\p{L})(?!\\p{M})';

// Case endings of nouns and adjectives, where we know them: a stem followed by anything else
// (`Путінізм`) is a different word. Other declining languages accept up to four letters.
const EAST_SLAVIC =
  'а я у ю і ї е є о и ь й ом ем єм ём ою ею єю ой ей ові еві єві ах ях ам ям ами ями ів їв ов ев ' +
  'ий ій ый ого ього его ому ьому ему им ім ым ої ьої ою ьою ую юю их іх ых ими іми ыми ая яя ое ее';
const POLISH = 'a u owi em ie y i ą ę ów om ami ach ego emu ym im ej e o';
const CASE_ENDINGS: Record<string, string[]> = {
  uk: EAST_SLAVIC.split(' '),
  ru: EAST_SLAVIC.split(' '),
  be: EAST_SLAVIC.split(' '),
  pl: POLISH.split(' '),
};

/** Whitespace other than a single space, or ’: what the replacements below would change. */
const NEEDS_REPLACING = /[^\S ]| {2}|\u2019/;

/**
 * Where a text may differ from its search form: a unit outside the class, or two spaces. The class
 * is of units NFC leaves alone wherever they stand (combining class 0, NFC_Quick_Check Yes: Latin
 * below the combining diacritics, Cyrillic without its combining marks, general punctuation),
 * less whitespace and ’. Anything else only means the text is normalised.
 */
export const MAY_NEED_NORMALISING =
  /[^ !-\x9f\xa1-\u02ff\u0400-\u0482\u048a-\u04ff\u2010-\u2018\u201a-\u2027\u2030-\u205e]| {2}/;

/** Text the patterns run on: whitespace runs as one space, ’ as ', composed characters. */
export function normaliseForSearch(text: string): string {
  // Every translation is searched, and most are their own search form: one regex test says so
  // without normalize's copy of the text into ICU.
  if (!MAY_NEED_NORMALISING.test(text)) return text;
  const composed = text.normalize('NFC');
  // Most need no replacement, and testing is cheaper than copying.
  if (!NEEDS_REPLACING.test(composed)) return composed;
  return composed.replace(/\s+/gu, ' ').replace(/\u2019/g, "'");
}

/** What must not touch a form's edge: a letter (or mark) beside a word, a digit beside a number. */
export type EdgeGuard = 'letter' | 'digit' | 'none';

/** One way a pinned form may be written, as a regex source without its edge guards. */
export interface TargetAlternative {
  body: string;
  before: EdgeGuard;
  after: EdgeGuard;
}

/** The alternatives for `forms` (already normalised) in `lang`, longest form first. */
export function targetAlternatives(forms: readonly string[], lang: string): TargetAlternative[] {
  const language = primaryLanguage(lang);
  const declines = CASE_LANGUAGES.has(language);
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((form) => {
      const words = form.split(' ');
      const body = words
        .map((word, i) => {
          const last = i === words.length - 1;
          if (declines) return declinedWord(word, CASE_ENDINGS[language]);
          return (
            escapeFirstLetterCase(word, i === 0) + (last ? (NAME_SUFFIXES[language] ?? '') : '')
          );
        })
        .join(' ');
      return { body, before: edgeGuard(form.at(0)), after: edgeGuard(form.at(-1)) };
    });
}

/** One regex source matching any of `forms` (already normalised) as it may occur in `lang`. */
export function targetPatternSource(forms: readonly string[], lang: string): string {
  return targetAlternatives(forms, lang)
    .map(({ body, before, after }) => `${BEFORE_GUARD[before]}${body}${AFTER_GUARD[after]}`)
    .join('|');
}

/** `Путін` → `Путін(?:а|у|ом|…)?`; `Москва` → `Москв(?:…)?`; `протока` → `прото[кц](?:…)?`. */
function declinedWord(word: string, endings: string[] | undefined): string {
  // Acronyms do not decline (НАТО, ООН, США), and neither does what does not end in a letter.
  if (!/\p{L}$/u.test(word) || word === word.toUpperCase()) return escapeRegExp(word);
  const chars = [...word];
  // The stem drops a final vowel or soft sign (Москва → Москв-і); the word itself still counts.
  const dropped =
    chars.length >= 4 && /[aeiouyаяоеєиіїйьуюыэё]/iu.test(chars.at(-1)!) ? chars.pop()! : '';
  const last = chars.pop()!;
  // Slavic consonant alternation before -і/-е: протока → протоці, Прага → Празі.
  const alternation: Record<string, string> = { к: '[кц]', г: '[гз]', х: '[хс]' };
  const tail = alternation[last] ?? escapeRegExp(last);
  const known = dropped ? [...(endings ?? []), dropped] : (endings ?? []);
  const ending = endings
    ? `(?:${[...new Set(known)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})?`
    : `${LETTER}{0,4}`;
  return `${escapeRegExp(chars.join(''))}${tail}${ending}`;
}

/** A lower-case pin also counts capitalised (sentence start, German nouns). */
function escapeFirstLetterCase(word: string, first: boolean): string {
  const head = word.codePointAt(0);
  if (!first || head === undefined) return escapeRegExp(word);
  const ch = String.fromCodePoint(head);
  const rest = escapeRegExp(word.slice(ch.length));
  return ch !== ch.toUpperCase() ? `[${ch}${ch.toUpperCase()}]${rest}` : escapeRegExp(ch) + rest;
}

function edgeGuard(char: string | undefined): EdgeGuard {
  if (char === undefined) return 'none';
  if (/[\p{L}\p{M}]/u.test(char)) return 'letter';
  if (/\p{N}/u.test(char)) return 'digit';
  return 'none';
}

const BEFORE_GUARD: Record<EdgeGuard, string> = {
  letter: NOT_AFTER_LETTER,
  digit: '(?<!\\p{N})',
  none: '',
};

const AFTER_GUARD: Record<EdgeGuard, string> = {
  letter: NOT_BEFORE_LETTER,
  digit: '(?!\\p{N})',
  none: '',
};
