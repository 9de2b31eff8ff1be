// The variable parts of a string that code fills in: i18next interpolation and nesting, ICU
// arguments and printf conversions. A translation must carry exactly the same ones.

export interface Placeholder {
  kind: 'interpolation' | 'nesting' | 'icu' | 'printf';
  /** Normalised identity: `{{name, format}}`, `$t(ns:key)`, `{count, plural}`, `%1$s`. */
  id: string;
  /** The variable's name, for tolerant comparisons (`count`). */
  name: string;
  start: number;
  end: number;
}

const INTERPOLATION = /\{\{(-?)\s*([^{}]*?)\s*\}\}/g;
const PRINTF = /%(?:\d+\$)?(?:\.\d+)?[sdif@]|%\([A-Za-z_]\w*\)[sd]/g;
const ICU_TYPES = new Set(['plural', 'select', 'selectordinal']);

export function extractPlaceholders(text: string): Placeholder[] {
  if (!text.includes('{') && !text.includes('$t(') && !text.includes('%')) return [];
  const found: Placeholder[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(INTERPOLATION)) {
    const inner = match[2]!.split(',').map((part) => part.trim());
    const name = inner[0] ?? '';
    const id = `{{${match[1] ? '- ' : ''}${inner.join(', ')}}}`;
    const start = match.index;
    found.push({ kind: 'interpolation', id, name, start, end: start + match[0].length });
  }
  for (const nesting of findNestings(text)) {
    found.push(nesting);
    taken.push([nesting.start, nesting.end]);
  }
  for (const p of found) if (p.kind === 'interpolation') taken.push([p.start, p.end]);
  found.push(...findIcuArguments(text, taken));
  for (const match of text.matchAll(PRINTF)) {
    const start = match.index;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    // "50 %s" is printf, "50 %" is not; the regex already requires a conversion letter.
    found.push({
      kind: 'printf',
      id: match[0],
      name: match[0],
      start,
      end: start + match[0].length,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `$t(key)` and `$t(ns:key, { "count": {{count}} })`: the referenced key is the identity. */
function findNestings(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('$t(', from);
    if (start < 0) return out;
    let depth = 0;
    let end = -1;
    for (let i = start + 2; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '{') depth++;
      else if (c === ')' || c === '}') {
        depth--;
        if (depth === 0 && c === ')') {
          end = i + 1;
          break;
        }
      }
    }
    if (end < 0) end = text.length;
    const inner = text.slice(start + 3, end - 1);
    const name = (inner.split(',')[0] ?? '').trim();
    out.push({ kind: 'nesting', id: `$t(${name})`, name, start, end });
    from = end;
  }
}

/**
 * ICU MessageFormat arguments at any depth: `{name}`, `{n, number}`, `{count, plural, one {…} other {…}}`.
 * Plural and select bodies are translated text whose own arguments are collected too.
 */
function findIcuArguments(text: string, taken: Array<[number, number]>): Placeholder[] {
  const out: Placeholder[] = [];
  const isTaken = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  const walk = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      if (text[i] !== '{' || isTaken(i)) {
        i++;
        continue;
      }
      const close = matchingBrace(text, i, to);
      if (close < 0) return;
      const body = text.slice(i + 1, close);
      const head = /^\s*([\p{L}_][\p{L}\p{N}_]*|\d+)\s*(?:,\s*([a-z]+)\s*(?:,|$))?/u.exec(body);
      if (head && (body.trim() === head[1] || head[2] !== undefined)) {
        const name = head[1]!;
        const type = head[2];
        out.push({
          kind: 'icu',
          id: type ? `{${name}, ${type}}` : `{${name}}`,
          name,
          start: i,
          end: close + 1,
        });
        if (type && ICU_TYPES.has(type)) walkBranches(i + 1 + head[0].length, close);
      }
      i = close + 1;
    }
  };
  const walkBranches = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      if (text[i] === '{') {
        const close = matchingBrace(text, i, to);
        if (close < 0) return;
        walk(i + 1, close);
        i = close + 1;
      } else i++;
    }
  };
  walk(0, text.length);
  return out;
}

function matchingBrace(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
