const IRREGULAR = /\s\s|^\s|\s$|[\t\n\r\u00a0\u202f]/;

/** The text with runs of whitespace made one space and the ends trimmed; untouched when already so. */
export function normaliseSpace(text: string): string {
  return IRREGULAR.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
