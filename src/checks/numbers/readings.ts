// Comparable readings of numbers, dates and times: `n:12500`, `d:2022-09-15`, `t:13:23`.

import { monthNames } from './month-names.js';
import { SCALE_WORDS } from './number-words.js';

/** Shared between mentions (plain figures are read once per run): never changed once made. */
export interface Reading {
  kind: 'number' | 'date' | 'time';
  keys: readonly string[];
  values?: readonly number[];
}

export function canonical(value: number): string {
  // Rounding hides binary noise (0.1 × 3); whole numbers have none.
  return Number.isSafeInteger(value) ? String(value) : Number(value.toPrecision(12)).toString();
}

export function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function dateKeys(year: number | undefined, month: number, day: number): string[] {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return [year === undefined ? `d:--${mm}-${dd}` : `d:${year}-${mm}-${dd}`];
}

/** A full date also answers a date without its year: adding the year is fine, dropping it is not. */
export function yearless(keys: readonly string[]): string[] {
  // Asked of every mention, and most are numbers: a loop, no filter, map and regex per key.
  const covers: string[] = [];
  for (const key of keys) if (isFullDateKey(key)) covers.push(`d:--${key.slice(7)}`);
  return covers;
}

/** `d:2022-09-15`, not `d:--09-15`: the key of a date with its year. */
function isFullDateKey(key: string): boolean {
  const third = key.charCodeAt(2);
  return key.startsWith('d:') && third >= 0x30 && third <= 0x39;
}

export function timeKeys(
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
export function usesTwelveHours(lang: string): boolean {
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
export function monthsOf(lang: string): ReadonlyMap<string, number> {
  let months = monthCache.get(lang);
  if (!months) {
    months = new Map([...monthNames('en'), ...monthNames('en-GB'), ...monthNames(lang)]);
    monthCache.set(lang, months);
  }
  return months;
}

/** A word right after a figure, possibly after spaces: a scale word ("3,5 miljoner") or not. */
const SCALE_AFTER = /(\s*)(\p{L}+)\.?/uy;

/**
 * The readings of one figure, `raw`, which ends at `end` in `text`, with what follows it (a scale
 * word, `-talet`). Reads what follows in place: a slice of the rest per figure cost more.
 */
export function readNumber(raw: string, text: string, end: number, twelveHour: boolean): Reading {
  const multiplier = scaleAfter(text, end);
  if (multiplier === undefined && !text.startsWith('-tal', end)) {
    return plainReading(raw, twelveHour);
  }
  return computeReading(raw, text, end, twelveHour, multiplier);
}

/** The multiplier of a scale word right after a figure ending at `end`, if one follows. */
function scaleAfter(text: string, end: number): number | undefined {
  // Most figures are followed by punctuation or the end: no letter, no search.
  if (end >= text.length) return undefined;
  const unit = text.charCodeAt(end);
  if (unit < 0x80 && !isAsciiLetter(unit) && !isAsciiSpace(unit)) return undefined;
  SCALE_AFTER.lastIndex = end;
  const scale = SCALE_AFTER.exec(text);
  // One-letter scales only when attached ("5m", "5k"): "5 m" is five metres.
  return scale && (scale[2]!.length > 1 || scale[1] === '')
    ? SCALE_WORDS.get(scale[2]!.toLowerCase())
    : undefined;
}

function isAsciiLetter(unit: number): boolean {
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** Tab, line feed, vertical tab, form feed, carriage return, space: what \s has below 0x80. */
function isAsciiSpace(unit: number): boolean {
  return (unit >= 0x09 && unit <= 0x0d) || unit === 0x20;
}

// A figure with nothing after it that changes its reading reads the same wherever it stands, and
// a corpus repeats its years and figures: each is read once. Callers share the reading (read-only).
const plainReadings = [new Map<string, Reading>(), new Map<string, Reading>()] as const;
const MAX_PLAIN_READINGS = 50_000;

function plainReading(raw: string, twelveHour: boolean): Reading {
  const cache = plainReadings[twelveHour ? 1 : 0];
  let reading = cache.get(raw);
  if (reading === undefined) {
    reading = computeReading(raw, '', 0, twelveHour, undefined);
    if (cache.size >= MAX_PLAIN_READINGS) cache.clear();
    cache.set(raw, reading);
  }
  return reading;
}

function computeReading(
  raw: string,
  text: string,
  end: number,
  twelveHour: boolean,
  multiplier: number | undefined,
): Reading {
  const values = readValues(raw);
  // "4,6 miljarder" is 4.6 billion only: the bare 4.6 would also accept "4.6 million".
  const keys: string[] = [];
  for (const v of values) addKey(keys, `n:${canonical(multiplier ? v * multiplier : v)}`);
  // "mellan kl. 11 och 15": the 15 is an hour, written "3 pm" in English.
  if (/^\d{1,2}$/.test(raw) && Number(raw) <= 24) addKey(keys, `t:${Number(raw)}:00`);
  const dotted = /^(\d{1,2})\.(\d{2})$/.exec(raw);
  if (dotted)
    for (const key of timeKeys(Number(dotted[1]), Number(dotted[2]), undefined, twelveHour))
      addKey(keys, key);
  // Swedish decades and centuries: "90-talet" is the 1990s, "1900-talet" the 20th century.
  if (text.startsWith('-tal', end) && /^\d+$/.test(raw)) {
    const n = Number(raw);
    if (raw.length === 2) {
      addKey(keys, `n:${1900 + n}`);
      addKey(keys, `n:${2000 + n}`);
    }
    if (raw.length === 4 && n % 100 === 0) addKey(keys, `n:${n / 100 + 1}`);
  }
  return { kind: 'number', keys, values };
}

/** Adds `key` unless there: the keys are few, and an array is cheaper than a Set for them. */
function addKey(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/** The values a figure may have; `raw` is digits with spaces, commas or dots between them. */
function readValues(raw: string): number[] {
  let commas = 0;
  let dots = 0;
  let spaces = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x2c) commas++;
    else if (code === 0x2e) dots++;
    else if (code === 0x20 || code === 0xa0 || code === 0x202f) spaces++;
  }
  if (spaces > 0) {
    const compact = raw.replace(/[ \u00a0\u202f]/g, '');
    return [Number(compact.replace(',', '.'))];
  }
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
