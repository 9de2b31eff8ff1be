// URLs, e-mail addresses and bare domains: copied as they are, never translated.

import { eachMatch } from './each-match.js';

export interface Link {
  kind: 'url' | 'email' | 'domain';
  text: string;
  start: number;
  end: number;
}

const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'“”„«»]+/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Bare domains only with a known top-level domain in lower case, so "bl.a", "t.ex" and "ASP.NET" are not domains.
const TLD =
  '(?:com|org|net|edu|gov|int|info|biz|io|ai|app|dev|eu|se|nu|no|dk|fi|is|de|at|ch|uk|fr|es|it|nl|be|pl|ru|ua|by|kz|uz|cn|jp|kr|us|ca|au|nz|tv|me|co)(?![\\p{L}\\p{N}-])';
const DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+${TLD}(?:\\/[^\\s<>"'“”„«»]*)?`,
  'gu',
);
/** A known top-level domain as DOMAIN ends one, at lastIndex: after a full stop, where a domain must have it. */
const TLD_AT = new RegExp(TLD, 'uy');

function addLink(links: Link[], kind: Link['kind'], raw: string, start: number): void {
  if (links.some((l) => start >= l.start && start < l.end)) return;
  const trimmed = trimTrailing(raw);
  links.push({ kind, text: trimmed, start, end: start + trimmed.length });
}

const NO_LINKS: Link[] = [];

export function extractLinks(text: string): Link[] {
  // Cheap tests first: most sentences have a full stop and no link at all. URL needs "://" or
  // "www." (the `i` flag lets only `W` stand for `w`), DOMAIN a full stop and a top-level domain.
  let url = text.includes('://');
  const email = text.includes('@');
  let domain = false;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!url && dot >= 3 && isW(text, dot - 3) && isW(text, dot - 2) && isW(text, dot - 1))
      url = true;
    // Every top-level domain starts with a small ASCII letter; most full stops end a sentence.
    if (!domain && isSmallAscii(text.charCodeAt(dot + 1))) {
      TLD_AT.lastIndex = dot + 1;
      domain = TLD_AT.test(text);
    }
    if (url && domain) break;
  }
  if (!url && !email && !domain) return NO_LINKS;
  const links: Link[] = [];
  if (url) eachMatch(URL, text, (m) => addLink(links, 'url', m[0], m.index));
  if (email) eachMatch(EMAIL, text, (m) => addLink(links, 'email', m[0], m.index));
  if (domain) eachMatch(DOMAIN, text, (m) => addLink(links, 'domain', m[0], m.index));
  return links.sort((a, b) => a.start - b.start);
}

function isSmallAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isW(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x77 || code === 0x57;
}

/** Sentence punctuation after a link is not part of it; a closing bracket only when unmatched. */
function trimTrailing(raw: string): string {
  let text = raw;
  for (;;) {
    const last = text.at(-1);
    if (last === undefined) return text;
    if ('.,;:!?…'.includes(last)) text = text.slice(0, -1);
    else if (last === ')' && count(text, '(') < count(text, ')')) text = text.slice(0, -1);
    else if (last === ']' && count(text, '[') < count(text, ']')) text = text.slice(0, -1);
    else return text;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
