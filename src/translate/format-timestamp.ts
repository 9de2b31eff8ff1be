// Timestamps are never machine-translated: code formats them for the target locale.

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2})[:.](\d{2}))?$/;

/** `2022-09-15 13:23` → `15 September 2022 at 13:23` (en-GB); undefined when the text is not a timestamp. */
export function formatTimestamp(text: string, locale: string): string | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const date = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0), Number(minute ?? 0)),
  );
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return undefined;
  return formatterFor(locale, hour !== undefined).format(date);
}

// Building an Intl.DateTimeFormat costs far more than formatting with one; a run has a handful.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${withTime}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, format);
  }
  return format;
}
