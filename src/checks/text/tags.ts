// HTML/XML tags and i18next <Trans> component tags (`<0>…</0>`, `<1/>`).

export interface Tag {
  /** Lower-cased for HTML names; numbered component tags as written. */
  name: string;
  kind: 'open' | 'close' | 'self';
  /** Attributes that are not translatable text (href, class, id …), name=value. */
  attributes: string[];
  raw: string;
  start: number;
  end: number;
}

const TAG = /<(\/?)([A-Za-z][\w:.-]*|\d+)((?:\s+[^<>]*?)?)\s*(\/?)>/g;
const ABSOLUTE_LINK = /^(?:https?:|mailto:|ftp:|tel:|www\.)/i;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
/** Attribute values a translator is expected to translate. */
const TRANSLATABLE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'placeholder',
  'aria-label',
  'label',
  'value',
  'content',
]);
/** HTML elements with no closing tag: `<br>` and `<br/>` are the same thing. */
const VOID_ELEMENTS = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'wbr',
  'source',
  'area',
  'col',
  'embed',
  'track',
]);

export function extractTags(text: string): Tag[] {
  if (!text.includes('<')) return [];
  const tags: Tag[] = [];
  for (const match of text.matchAll(TAG)) {
    const name = /^\d+$/.test(match[2]!) ? match[2]! : match[2]!.toLowerCase();
    const closing = match[1] === '/';
    const kind = closing ? 'close' : match[4] === '/' || VOID_ELEMENTS.has(name) ? 'self' : 'open';
    const attributes: string[] = [];
    for (const attr of (match[3] ?? '').matchAll(ATTRIBUTE)) {
      const attrName = attr[1]!.toLowerCase();
      if (TRANSLATABLE_ATTRIBUTES.has(attrName)) continue;
      const value = attr[2] ?? attr[3] ?? attr[4] ?? '';
      // Absolute links are the url check's: it accepts a localised /sv/ → /en/ path.
      if (ABSOLUTE_LINK.test(value)) continue;
      attributes.push(`${attrName}=${value}`);
    }
    tags.push({
      name,
      kind,
      attributes: attributes.sort(),
      raw: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tags;
}

/** Where the tags do not nest properly, a description of the first problem. */
export function findNestingProblem(tags: readonly Tag[]): string | undefined {
  const stack: string[] = [];
  for (const tag of tags) {
    if (tag.kind === 'self') continue;
    if (tag.kind === 'open') {
      stack.push(tag.name);
      continue;
    }
    const top = stack.pop();
    if (top === undefined) return `</${tag.name}> closes a tag that was never opened`;
    if (top !== tag.name) return `</${tag.name}> closes <${top}>`;
  }
  const open = stack.pop();
  return open === undefined ? undefined : `<${open}> is never closed`;
}
