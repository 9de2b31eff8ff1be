// Reads the numbers, dates and times of a text into comparable candidate readings. A mention is
// ambiguous when its format is (`12,500` is 12500 in English and 12.5 in Swedish; `13.23` is a
// decimal or a time): it keeps every reading, and two mentions agree when they share one.

import { monthNames } from './month-names.js';
import { SCALE_WORDS } from './number-words.js';

export interface NumberMention {
  raw: string;
  kind: 'number' | 'date' | 'time';
  /** Candidate readings: `n:12500`, `d:2022-09-15`, `d:--09-15`, `t:13:23`. */
  keys: string[];
  /** The plain numeric readings, to compare with numbers spelled out in words. */
  values: number[];
  /** Readings of the source this mention also answers: a full date stands for one without its year. */
  covers?: string[];
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
const TIME_CLOCK_WORD =
  /(?<![\p{L}])(?:kl|klo|klockan|kello|um|at|о|à|alle|a las)\.?\s+(\d{1,2})(?:[.:](\d{2}))?(?![\d.,:]\d)/giu;
const TIME_HOUR_WORD = /(?<![\d.,:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:Uhr|o'clock|h)(?![\p{L}])/gu;
const TIME_COLON = /(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])/g;
/** French and Scandinavian styles: 13h23, 13 h 23. */
const TIME_FRENCH = /(?<![\d.,:])(\d{1,2}) ?h ?(\d{2})(?!\d)/g;

function canonical(value: number): string {
  // Rounding hides binary noise (0.1 × 3); whole numbers have none.
  return Number.isSafeInteger(value) ? String(value) : Number(value.toPrecision(12)).toString();
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function dateKeys(year: number | undefined, month: number, day: number): string[] {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return [year === undefined ? `d:--${mm}-${dd}` : `d:${year}-${mm}-${dd}`];
}

/** A full date also answers a date without its year: adding the year is fine, dropping it is not. */
function yearless(keys: readonly string[]): string[] {
  return keys.filter((k) => /^d:\d/.test(k)).map((k) => `d:--${k.slice(7)}`);
}

function timeKeys(
  hour: number,
  minute: number,
  meridiem: string | undefined,
  twelveHour: boolean,
): string[] {
  if (hour > 24 || minute > 59) return [];
  const mm = String(minute).padStart(2, '0');
  if (meridiem) {
    const h = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    return [`t:${h}:${mm}`];
  }
  // Where people read the clock in twelve hours (English), a bare "1:23" may be 13:23; in Swedish
  // or German it is 01:23.
  if (twelveHour && hour >= 1 && hour <= 11) return [`t:${hour}:${mm}`, `t:${hour + 12}:${mm}`];
  return [`t:${hour}:${mm}`];
}

const clockCache = new Map<string, boolean>();

/** Whether a bare time in this language may be on the 12-hour clock. */
function usesTwelveHours(lang: string): boolean {
  let twelve = clockCache.get(lang);
  if (twelve === undefined) {
    let cycle: string | undefined;
    try {
      cycle = new Intl.DateTimeFormat(lang, { hour: 'numeric' }).resolvedOptions().hourCycle;
    } catch {
      cycle = undefined;
    }
    twelve = lang.toLowerCase().startsWith('en') || cycle === 'h11' || cycle === 'h12';
    clockCache.set(lang, twelve);
  }
  return twelve;
}

const monthCache = new Map<string, ReadonlyMap<string, number>>();

/** Month names of the language and of English (dates in English turn up everywhere). */
function monthsOf(lang: string): ReadonlyMap<string, number> {
  let months = monthCache.get(lang);
  if (!months) {
    months = new Map([...monthNames('en'), ...monthNames('en-GB'), ...monthNames(lang)]);
    monthCache.set(lang, months);
  }
  return months;
}

// Any word next to a day number; the word is then looked up among the month names. Cheaper than
// an alternation of every month name, and the same for every language.
const DAY_FIRST =
  /(?<![\d.,])(\d{1,2})(?:\.|:[ae]|st|nd|rd|th|er|e|-?го)?\s*(?:de\s+|of\s+)?(\p{L}+)\.?(?![\p{L}])(?:,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d))?/gu;
const MONTH_FIRST =
  /(?<![\p{L}])(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th|\.)?(?![\d\p{L}])(?:,?\s+(\d{4})(?!\d))?/gu;

type Reading = Omit<NumberMention, 'raw' | 'values' | 'covers'> & { values?: number[] };
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
 * A gate is a cheap test that the pattern can match at all.
 */
const PASSES: ReadonlyArray<readonly [RegExp, Reader, RegExp?]> = [
  [CJK_DATE, (m) => dateReading(Number(m[1]), Number(m[2]), Number(m[3])), /[年년]/],
  [ISO_DATE, (m) => dateReading(Number(m[1]), Number(m[2]), Number(m[3])), /\d{4}-\d/],
  [
    DAY_FIRST,
    (m, ctx) =>
      dateReading(
        m[3] ? Number(m[3]) : undefined,
        ctx.months.get(m[2]!.toLowerCase()) ?? 0,
        Number(m[1]),
      ),
  ],
  [
    MONTH_FIRST,
    (m, ctx) =>
      dateReading(
        m[3] ? Number(m[3]) : undefined,
        ctx.months.get(m[1]!.toLowerCase()) ?? 0,
        Number(m[2]),
      ),
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
    /\d[./]\d{1,2}[./]\d/,
  ],
  [
    TIME_AMPM,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2] ?? 0), m[3], ctx.twelveHour),
    }),
    /[ap]\.?\s?m/i,
  ],
  [
    TIME_FRENCH,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2]), undefined, ctx.twelveHour),
    }),
    /\dh/,
  ],
  [TIME_CLOCK_WORD, hourReading],
  [TIME_HOUR_WORD, hourReading, /Uhr|o'clock|\d\s?h/],
  [
    TIME_COLON,
    (m, ctx) => ({
      kind: 'time',
      keys: timeKeys(Number(m[1]), Number(m[2]), undefined, ctx.twelveHour),
    }),
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
    /\d\/\d/,
  ],
  [NUMBER, (m, ctx) => readNumber(m[0], m.input.slice(m.index + m[0].length), ctx.twelveHour)],
];

/** Every number, date and time of `text` (placeholders, tags and links already masked). */
export function extractNumbers(text: string, lang: string): NumberMention[] {
  if (!/\d/.test(text)) return [];
  const ctx: ReadContext = { months: monthsOf(lang), twelveHour: usesTwelveHours(lang) };
  const mentions: Array<NumberMention & { at: number }> = [];
  let rest = text;
  for (const [pattern, read, gate] of PASSES) {
    if (gate && !gate.test(rest)) continue;
    for (const m of rest.matchAll(pattern)) {
      const reading = read(m, ctx);
      if (!reading || reading.keys.length === 0) continue;
      const covers = yearless(reading.keys);
      const mention: NumberMention & { at: number } = {
        raw: m[0],
        at: m.index,
        values: reading.values ?? [],
        kind: reading.kind,
        keys: reading.keys,
      };
      if (covers.length > 0) mention.covers = covers;
      mentions.push(mention);
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
    if (!/\d/.test(rest)) break;
  }
  return mentions.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
}

/** The readings of one figure, with what follows it (a scale word, `-talet`). */
function readNumber(raw: string, after: string, twelveHour: boolean): Omit<NumberMention, 'raw'> {
  const values = readValues(raw);
  const scale = /^(\s*)([\p{L}]+)\.?/u.exec(after);
  // One-letter scales only when attached ("5m", "5k"): "5 m" is five metres.
  const multiplier =
    scale && (scale[2]!.length > 1 || scale[1] === '')
      ? SCALE_WORDS.get(scale[2]!.toLowerCase())
      : undefined;
  // "4,6 miljarder" is 4.6 billion only: the bare 4.6 would also accept "4.6 million".
  const keys = new Set(values.map((v) => `n:${canonical(multiplier ? v * multiplier : v)}`));
  // "mellan kl. 11 och 15": the 15 is an hour, written "3 pm" in English.
  if (/^\d{1,2}$/.test(raw) && Number(raw) <= 24) keys.add(`t:${Number(raw)}:00`);
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(raw);
  if (dotted)
    for (const key of timeKeys(Number(dotted[1]), Number(dotted[2]), undefined, twelveHour))
      keys.add(key);
  // Swedish decades and centuries: "90-talet" is the 1990s, "1900-talet" the 20th century.
  if (/^-tal/.test(after) && /^\d+$/.test(raw)) {
    const n = Number(raw);
    if (raw.length === 2) keys.add(`n:${1900 + n}`).add(`n:${2000 + n}`);
    if (raw.length === 4 && n % 100 === 0) keys.add(`n:${n / 100 + 1}`);
  }
  return { kind: 'number', keys: [...keys], values };
}

function readValues(raw: string): number[] {
  if (/[ \u00a0\u202f]/.test(raw)) {
    const compact = raw.replace(/[ \u00a0\u202f]/g, '');
    return [Number(compact.replace(',', '.'))];
  }
  const commas = raw.split(',').length - 1;
  const dots = raw.split('.').length - 1;
  if (commas === 0 && dots === 0) return [Number(raw)];
  if (commas > 0 && dots > 0) {
    // Whichever comes last is the decimal separator.
    return raw.lastIndexOf(',') > raw.lastIndexOf('.')
      ? [Number(raw.replace(/\./g, '').replace(',', '.'))]
      : [Number(raw.replace(/,/g, ''))];
  }
  const sep = commas > 0 ? ',' : '.';
  const count = commas + dots;
  const grouped = Number(raw.split(sep).join(''));
  if (count > 1) return [grouped];
  const [whole, fraction] = raw.split(sep) as [string, string];
  const decimal = Number(`${whole}.${fraction}`);
  // "12,500" / "12.500" is grouped in some locales and decimal in others; "0,500" is only decimal.
  if (fraction.length === 3 && whole !== '0') return [grouped, decimal];
  return [decimal];
}
