// Column headers name languages in words, and right-to-left targets get the right direction.

const RTL_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'ckb', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `en-GB` → `English (United Kingdom)`; an unknown or malformed code is shown as given. */
export function describeLanguage(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  const primary = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
