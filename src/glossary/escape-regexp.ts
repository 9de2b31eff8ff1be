/** `text` as a literal inside a `u`-flag RegExp (`AP/TT`, `C++`, `S:t` match as written). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
