// String#matchAll constructs a copy of its RegExp on every call; over hundreds of thousands of
// translations, with a dozen patterns each, the copies cost more than the searches.

/**
 * Calls `visit` with each match of the global `pattern` in `text`, in the order and with the
 * values `text.matchAll(pattern)` would give, until `visit` returns true. Runs the pattern itself
 * (from lastIndex 0), so a loop over one pattern must not start another over the same pattern.
 */
export function eachMatch(
  pattern: RegExp,
  text: string,
  visit: (match: RegExpExecArray) => unknown,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // matchAll steps over an empty match by one character (one code point in a `u` pattern).
    if (match[0] === '') pattern.lastIndex = stepPast(text, pattern.lastIndex, pattern.unicode);
    if (visit(match) === true) break;
  }
  pattern.lastIndex = 0;
}

function stepPast(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    ? index + 2
    : index + 1;
}
