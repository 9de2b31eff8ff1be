// What a block or line looks like on its own, judged from its text alone. Keys are built from this
// (never from neighbours), so editing one paragraph cannot change another paragraph's key.

import { findSentenceSpans } from './split-sentences.js';

export type Shape =
  | 'credit' // Foto: Alexandr Demyanchuk, Kreml via AP/TT
  | 'factbox-title' // Fakta: SCO
  | 'source' // Källa: NE
  | 'dateline' // Uzbekistan2022-09-15 13:23 (place, then a timestamp)
  | 'timestamp' // 2022-09-15 13:23
  | 'quote' // – Vi uppskattar …
  | 'boilerplate' // Så jobbar vi med nyheter  Läs mer här!
  | 'heading' // a short line without a final stop: headline or subheading
  | 'prose';

const CREDIT =
  /^(?:foto|foton|fotograf|bild|bilder|arkivbild|arkivfoto|illustration|grafik|karta|montage|video)\s*:/iu;
const FACTBOX_TITLE = /^fakta(?:\s+om\b[^:\n]*)?\s*:/iu;
const SOURCE = /^(?:källa|källor)\s*:/iu;
const QUOTE = /^[–—-]\s/u;
const TIMESTAMP_PATTERN = String.raw`\d{4}-\d{2}-\d{2}(?:[T\s]+\d{1,2}[:.]\d{2})?`;
const TIMESTAMP = new RegExp(`^${TIMESTAMP_PATTERN}$`, 'u');
/** A short capitalised place glued to or spaced from a timestamp (`Uzbekistan2022-09-15 13:23`). */
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M} ,/'’.-]{0,48}?)\\s*(${TIMESTAMP_PATTERN})$`,
  'u',
);
const PLACE = /^\p{Lu}[\p{L}\p{M} ,/'’-]{0,40}$/u;

/** Site furniture: how the site works, links, sharing, subscriptions. Matched at the block's start. */
const BOILERPLATE_PHRASES = [
  'så jobbar vi',
  'så arbetar vi',
  'läs (?:mer|också|även)',
  'dela(?: artikeln| sidan)?$',
  'kopiera länk(?:en)?',
  '(?:publicerad|uppdaterad)',
  'prenumerera',
  '(?:prova|logga in|bli prenumerant)',
  '(?:tipsa oss|har du (?:ett tips|synpunkter|frågor))',
  'lyssna på (?:artikeln|texten)',
  'följ (?:oss|ämnet|ämnen)',
  '(?:annons|relaterat|ämnen|taggar)\\s*:?$',
  'missa inte',
];
/** One pattern for all phrases: a line is matched once, not once per phrase. */
const BOILERPLATE = new RegExp(
  // A Unicode-aware word end: \b is ASCII-only and would not end `också`.
  `^(?:${BOILERPLATE_PHRASES.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

export interface DatelineParts {
  place?: { start: number; end: number };
  time: { start: number; end: number };
}

/** Place and timestamp offsets (relative to `line`) when the line is a dateline or a bare timestamp. */
export function matchDateline(line: string): DatelineParts | undefined {
  // Both patterns end in a digit: a line of prose is ruled out without running them.
  if (!endsInDigit(line)) return undefined;
  if (TIMESTAMP.test(line)) return { time: { start: 0, end: line.length } };
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const place = match[1]!.trimEnd();
  const time = match[2]!;
  if (!isPlace(place)) return undefined;
  return {
    place: { start: 0, end: place.length },
    time: { start: line.length - time.length, end: line.length },
  };
}

function endsInDigit(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last >= 0x30 && last <= 0x39;
}

/** A place name as in a dateline: short, capitalised, no sentence punctuation. */
export function isPlace(text: string): boolean {
  return PLACE.test(text) && countWords(text) <= 4;
}

/** `Samarkand` on one line and `2022-09-15 13:23` on the next. */
function isSplitDateline(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline < 0 || text.includes('\n', newline + 1)) return false;
  return isPlace(text.slice(0, newline)) && isTimestamp(text.slice(newline + 1));
}

export function isTimestamp(line: string): boolean {
  return TIMESTAMP.test(line);
}

export function readShape(text: string): Shape {
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  if (CREDIT.test(firstLine)) return 'credit';
  if (FACTBOX_TITLE.test(firstLine)) return 'factbox-title';
  if (SOURCE.test(firstLine)) return 'source';
  if (QUOTE.test(firstLine)) return 'quote';
  // Before datelines: `Publicerad 2022-09-15 13:23` is site furniture, not a place.
  if (BOILERPLATE.test(firstLine) && countWords(text) <= 25) {
    return 'boilerplate';
  }
  const dateline = matchDateline(firstLine);
  if (dateline) return dateline.place ? 'dateline' : 'timestamp';
  if (isSplitDateline(text)) return 'dateline';
  return isHeadingShaped(text) ? 'heading' : 'prose';
}

const FINAL_STOP = /[.,;:]$/u;
const TRAILING_CLOSERS = /[”"’'»«)\]]+$/u;

/** One short line, one sentence, no final full stop: a headline or subheading. */
export function isHeadingShaped(text: string, maxWords = 12): boolean {
  if (text.includes('\n') || text.length > 100 || countWords(text) > maxWords) return false;
  if (FINAL_STOP.test(text.replace(TRAILING_CLOSERS, ''))) return false;
  if (!/^[\p{Lu}\p{N}”"»«„“'‘]/u.test(text)) return false;
  return findSentenceSpans(text).length === 1;
}

/**
 * A run of non-space characters that holds a letter or a number, read as code points (`𝐀` is one
 * letter), consumed to its end. One native search per word: this reads every short block while the
 * JIT is still cold, where a loop over every unit costs several times more.
 */
const WORD_RUN = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** Runs of non-space characters that hold a letter or a number. */
export function countWords(text: string): number {
  let words = 0;
  WORD_RUN.lastIndex = 0;
  while (WORD_RUN.exec(text) !== null) words++;
  return words;
}
