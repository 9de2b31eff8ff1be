// Month names of a language as Intl (CLDR) writes them: long and short, standalone and inside a
// date (the genitive `вересня` of Ukrainian), so dates written out in any target language are read.

const cache = new Map<string, ReadonlyMap<string, number>>();

/** Lower-cased month name (no trailing dot) → month number 1–12. */
export function monthNames(lang: string): ReadonlyMap<string, number> {
  let names = cache.get(lang);
  if (names) return names;
  const map = new Map<string, number>();
  const formats: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  for (const options of formats) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    } catch {
      continue;
    }
    for (let month = 0; month < 12; month++) {
      const part = format.formatToParts(Date.UTC(2022, month, 15)).find((p) => p.type === 'month');
      if (!part) continue;
      const name = part.value.toLowerCase().replace(/\.$/, '');
      // Numeric months ("9") are not names.
      if (/\p{L}/u.test(name)) map.set(name, month + 1);
    }
  }
  names = map;
  cache.set(lang, names);
  return names;
}
