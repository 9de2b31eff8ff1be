// Language tags are checked with the runtime's own CLDR data rather than a list we would have to keep.

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** True for a well-formed BCP 47 tag whose language the runtime knows (`en-GB`, `nb`, `zh-Hans`). */
export function isKnownLanguage(tag: string): boolean {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return false;
  }
  const language = canonical.split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return false;
  return displayNames.of(language) !== language;
}

/** The English name of a language tag, for messages. */
export function languageName(tag: string): string {
  try {
    return displayNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
