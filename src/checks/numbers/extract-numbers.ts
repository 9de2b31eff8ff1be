// Reads the numbers, dates and times of a text into comparable candidate readings. A mention is
// ambiguous when its format is (`12,500` is 12500 in English and 12.5 in Swedish; `13.23` is a
// decimal or a time): it keeps every reading, and two mentions agree when they share one.

import {
  BEFORE_CJK_YEAR,
  COLON,
  DASH,
  DAY_BEFORE_WORD,
  DIGIT,
  DOT,
  digitContext,
  H_AFTER,
  HOUR_AFTER_SPACE,
  SHORT_AFTER_SPACE,
  SHORT_BEFORE_HOUR_WORD,
  SHORT_BEFORE_MERIDIEM,
  SLASH,
} from './digit-context.js';
import {
  canonical,
  dateKeys,
  monthsOf,
  type Reading,
  readNumber,
  timeKeys,
  usesTwelveHours,
  validDay,
  yearless,
} from './readings.js';

export interface NumberMention {
  raw: string;
  kind: 'number' | 'date' | 'time';
  /** Candidate readings: `n:12500`, `d:2022-09-15`, `d:--09-15`, `t:13:23`. */
  keys: readonly string[];
  /** The plain numeric readings, to compare with numbers spelled out in words. */
  values: readonly number[];
  /** Readings of the source this mention also answers: a full date stands for one without its year. */
  covers?: readonly string[];
}

const SPACE_GROUP = '[ \\u00a0\\u202f]';
const NUMBER = new RegExp(
  `(?<![\\d.,])(?:\\d{1,3}(?:${SPACE_GROUP}\\d{3})+(?:[.,]\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d)`,
  'g',
);
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/g;
const FULL_NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
const DAY_MONTH_DOTTED = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?![\d])/g;
const DAY_MONTH_SLASHED = /(?<![\d.,/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const TIME_AMPM = /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/gi;
const CLOCK_WORD = '(?:kl|klo|klockan|kello|um|at|о|à|alle|a las)\\.?\\s+';
const TIME_CLOCK_WORD = new RegExp(
  `(?<![\\p{L}])${CLOCK_WORD}(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d.,:]\\d)`,
  'giu',
);
const TIME_HOUR_WORD = /(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:Uhr|o'clock|h)(?![\p{L}])/gu;
const TIME_COLON = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/g;
/** French and Scandinavian styles: 13h23, 13 h 23. */
const TIME_FRENCH = /(?<![\d.,:])(\d{1,2}) ?h ?(\d{2})(?!\d)/g;

const DAY_FIRST =
  /(?<![\d.,])(\d{1,2})(?:\.|:[ae]|st|nd|rd|th|er|e|-?го)?\s*(?:de\s+|of\s+)?(\p{L}+)\.?(?![\p{L}])(?:,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d))?/gu;
const MONTH_FIRST =
  /(?<![\p{L}])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th|\.)?(?![\d\p{L}])(?:,?\s+(\d{4})(?!\d))?/gu;

interface ReadContext {
  months: ReadonlyMap<string, number>;
  twelveHour: boolean;
}
type Reader = (m: RegExpExecArray, ctx: ReadContext) => Reading | undefined;

function dateReading(year: number | undefined, month: number, day: number): Reading | undefined {
  return validDay(month, day) ? { kind: 'date', keys: dateKeys(year, month, day) } : undefined;
}

function hourReading(m: RegExpExecArray, ctx: ReadContext): Reading {
  const hour = Number(m[1]);
  const keys = timeKeys(hour, Number(m[2] ?? 0), undefined, ctx.twelveHour);
  // A bare hour ("kl. 13", "13 Uhr") is also the plain number; "kl. 12.00" may be "noon".
  return m[2]
    ? { kind: 'time', keys, values: [hour] }
    : { kind: 'time', keys: [...keys, `n:${hour}`], values: [hour] };
}

/**
 * The passes, most specific first; each blanks what it reads so later passes do not read it again.
 * `needs`: the digit context bits one of which the pattern needs to match (a test holds them to
 * it), the cheapest test. A gate is a cheap test that the pattern can match at all, run after.
 * Exported for that test.
 */
export const PASSES: ReadonlyArray<readonly [RegExp, Reader, number, RegExp?]> = [
  [
    CJK_DATE,
    (m) => dateReading(Number(m[1]), Number(m[2]), Number(m[3])),
    BEFORE_CJK_YEAR,
    /[年년]/,
  ],
  [ISO_DATE, (m) => dateReading(Number(m[1]), Number(m[2]), Number(m[3])), DASH, /\d{4}-\d/],
  [
    DAY_FIRST,
    (m, ctx) =>
      dateReading(
        m[3] ? Number(m[3]) : undefined,
        ctx.months.get(m[2]!.toLowerCase()) ?? 0,
        Number(m[1]),
      ),
    DAY_BEFORE_WORD,
  ],
  [
    MONTH_FIRST,
    (m, ctx) =>
      dateReading(
        m[3] ? Number(m[3]) : undefined,
        ctx.months.get(m[1]!.toLowerCase()) ?? 0,
        Number(m[2]),
      ),
    SHORT_AFTER_SPACE,
    // Month before day is an English (US) order; the gate keeps this pattern off other text.
    /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/i,
  ],
  [
    FULL_NUMERIC_DATE,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
      const keys = [
        ...(validDay(b, a) ? dateKeys(year, b, a) : []),
        ...(m[2] === '/' && validDay(a, b) ? dateKeys(year, a, b) : []),
      ];
      return keys.length > 0 ? { kind: 'date', keys } : undefined;
    },
    DOT | SLASH,
    /\d[./]\d{1,2}[./]\d/,
  ],
  [
    TIME_AMPM,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2] ?? 0), m[3], ctx.twelveHour),
    }),
    SHORT_BEFORE_MERIDIEM,
    // A digit before the meridiem: "am" and "pm" alone are in too many words to gate anything.
    /\d\s*[ap]\.?\s?m/i,
  ],
  [
    TIME_FRENCH,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2]), undefined, ctx.twelveHour),
    }),
    H_AFTER,
    /\dh/,
  ],
  // The gate is the pattern without what is around the clock word and the hour.
  [TIME_CLOCK_WORD, hourReading, HOUR_AFTER_SPACE, new RegExp(`${CLOCK_WORD}\\d`, 'iu')],
  [TIME_HOUR_WORD, hourReading, SHORT_BEFORE_HOUR_WORD, /Uhr|o'clock|\d\s?h/],
  [
    TIME_COLON,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2]), undefined, ctx.twelveHour),
    }),
    COLON,
    /\d:\d/,
  ],
  [
    DAY_MONTH_DOTTED,
    (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (!validDay(month, day)) return undefined;
      // "grew by 3.5." ends a sentence with a decimal: keep that reading too.
      const decimal = Number(`${m[1]}.${m[2]}`);
      return {
        kind: 'date',
        keys: [...dateKeys(undefined, month, day), `n:${canonical(decimal)}`],
        values: [decimal],
      };
    },
    DOT,
    /\d\.\d{1,2}\./,
  ],
  [
    DAY_MONTH_SLASHED,
    (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const keys = [`f:${a}/${b}`];
      if (validDay(b, a)) keys.push(...dateKeys(undefined, b, a));
      if (validDay(a, b)) keys.push(...dateKeys(undefined, a, b));
      return { kind: 'date', keys };
    },
    SLASH,
    /\d\/\d/,
  ],
  [NUMBER, (m, ctx) => readNumber(m[0], m.input, m.index + m[0].length, ctx.twelveHour), DIGIT],
];

/** Every number, date and time of `text` (placeholders, tags and links already masked). */
export function extractNumbers(text: string, lang: string): NumberMention[] {
  let context = digitContext(text);
  if (context === 0) return [];
  const ctx: ReadContext = { months: monthsOf(lang), twelveHour: usesTwelveHours(lang) };
  const mentions: NumberMention[] = [];
  /** Where each mention starts, to put the mentions of all passes in text order. */
  const starts: number[] = [];
  // The matches are of the text as a pass began; blanking them in `rest` keeps the offsets.
  // Blanked once the pass is over: a new string per match cost more than the search.
  const blanked: RegExpExecArray[] = [];
  let rest = text;
  for (let pass = 0; pass < PASSES.length; pass++) {
    const [pattern, read, needs, gate] = PASSES[pass]!;
    if ((context & needs) === 0) continue;
    if (gate && !gate.test(rest)) continue;
    // No pattern matches an empty string, so a plain exec loop visits what matchAll would.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(rest); m !== null; m = pattern.exec(rest)) {
      const reading = read(m, ctx);
      if (!reading || reading.keys.length === 0) continue;
      const mention: NumberMention = {
        raw: m[0],
        values: reading.values ?? [],
        kind: reading.kind,
        keys: reading.keys,
      };
      // Only a date reading has date keys to cover.
      if (reading.kind === 'date') {
        const covers = yearless(reading.keys);
        if (covers.length > 0) mention.covers = covers;
      }
      mentions.push(mention);
      starts.push(m.index);
      blanked.push(m);
    }
    pattern.lastIndex = 0;
    // After the last pass, what is left of the text no longer matters.
    if (blanked.length === 0 || pass === PASSES.length - 1) continue;
    rest = blankMatches(rest, blanked);
    blanked.length = 0;
    // Blanking makes whitespace, which may change the context (a run can be left after spaces).
    context = digitContext(rest);
    if (context === 0) break;
  }
  return inTextOrder(mentions, starts);
}

/** The mentions sorted by where they start (stably); as they are when already in that order. */
function inTextOrder(mentions: NumberMention[], starts: readonly number[]): NumberMention[] {
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = starts[i - 1]! <= starts[i]!;
  if (sorted) return mentions;
  return mentions
    .map((_, i) => i)
    .sort((a, b) => starts[a]! - starts[b]!)
    .map((i) => mentions[i]!);
}

/** `text` with each match (in text order, not overlapping) replaced by as many spaces. */
function blankMatches(text: string, matches: readonly RegExpExecArray[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.index) + ' '.repeat(m[0].length);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}
