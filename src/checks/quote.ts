/** A short excerpt of a text for a message: quoted, one line, at most 60 characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

export function listQuoted(items: readonly string[]): string {
  return items.map((item) => quote(item, 40)).join(', ');
}
