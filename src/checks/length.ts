import { maskedOf } from './analysis.js';
import { primaryLanguage } from './language/profiles.js';
import type { CheckEntry, EntryCheck } from './types.js';

/**
 * Typical length of a text in each language relative to the same text in Swedish, English or
 * Norwegian (character counts of parallel news and UI text). CJK scripts pack a word in few characters.
 */
const EXPANSION: Readonly<Record<string, number>> = {
  sv: 1,
  en: 1,
  nb: 1,
  nn: 1,
  no: 1,
  da: 1,
  de: 1.15,
  nl: 1.12,
  fr: 1.18,
  es: 1.15,
  it: 1.15,
  pt: 1.12,
  fi: 1.08,
  et: 1.05,
  pl: 1.1,
  cs: 1.05,
  sk: 1.05,
  uk: 1.08,
  ru: 1.08,
  be: 1.08,
  bg: 1.08,
  el: 1.15,
  tr: 1.05,
  hu: 1.1,
  ro: 1.12,
  lt: 1.05,
  lv: 1.05,
  ar: 0.95,
  he: 0.85,
  fa: 1,
  hi: 1.1,
  ja: 0.45,
  zh: 0.32,
  ko: 0.5,
  th: 0.95,
  vi: 1.1,
};
/**
 * How far a text's length strays from the typical one before it is suspicious. Short strings
 * vary most ("Tipsa oss" → "Schicken Sie uns einen Hinweis"), so a fixed allowance in characters
 * comes on top of the ratio; for long sentences the ratio dominates.
 */
const LOWER = 0.55;
const LOWER_SLACK = 10;
const UPPER = 1.5;
const UPPER_SLACK = 16;

function expansionOf(lang: string): number {
  return EXPANSION[primaryLanguage(lang)] ?? 1.1;
}

function visibleLength(masked: string): number {
  // UTF-16 units and whitespace as written: close enough for a ratio, and cheap to count.
  return masked.trim().length;
}

interface Pair {
  lang: string;
  sourceLang: string;
  target: number;
  source: number;
  /** The target language has an expansion of its own. */
  known: boolean;
}

/** The last language pair asked for: a run asks for one pair entry after entry. */
let lastPair: Pair | undefined;

function pairOf(lang: string, sourceLang: string): Pair {
  if (lastPair?.lang !== lang || lastPair.sourceLang !== sourceLang) {
    lastPair = {
      lang,
      sourceLang,
      target: expansionOf(lang),
      source: expansionOf(sourceLang),
      known: primaryLanguage(lang) in EXPANSION,
    };
  }
  return lastPair;
}

/** Far shorter (truncated) or far longer (added text) than the language pair allows. */
export function checkLength(entry: CheckEntry): string[] {
  const sourceLength = entry.analyse('source', 'length', () =>
    visibleLength(maskedOf(entry, 'source')),
  );
  if (sourceLength === 0) return [];
  const targetLength = visibleLength(maskedOf(entry, 'target'));
  const pair = pairOf(entry.lang, entry.sourceLang);
  const expected = (sourceLength * pair.target) / pair.source;
  const lower = expected * (pair.known ? LOWER : LOWER * 0.8) - LOWER_SLACK;
  const upper = expected * (pair.known ? UPPER : UPPER * 1.25) + UPPER_SLACK;
  if (targetLength < lower) {
    return [
      `The translation is much shorter than the source (${targetLength} characters for ${sourceLength}); is part of it missing?`,
    ];
  }
  if (targetLength > upper) {
    return [
      `The translation is much longer than the source (${targetLength} characters for ${sourceLength}); does it add something?`,
    ];
  }
  return [];
}

export const lengthCheck: EntryCheck = {
  id: 'length',
  severity: 'warning',
  scope: 'entry',
  textOnly: true,
  check: checkLength,
};
