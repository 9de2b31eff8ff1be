// Stretches of a text where a glossary term is not a term: URLs, e-mail addresses, i18next
// placeholders and nesting, ICU arguments and markup. Every scan here is linear in the text
// length; none uses a regex that can backtrack over a long run (issue 9: adversarial input).

export type Range = readonly [start: number, end: number];

/**
 * What every stretch below starts with: `://` or `www.` (URLs), `@` (e-mail), `{` (placeholders,
 * arguments), `$` (nesting), `<` (tags). Most texts have none of them: one search for them all.
 */
const MAY_EXCLUDE = /:\/\/|www\.|[@{$<]/i;

/** Sorted, merged ranges that matching must not touch. */
export function findExcludedRanges(text: string): Range[] {
  if (!MAY_EXCLUDE.test(text)) return [];
  const ranges: Range[] = [
    ...findUrls(text),
    ...findEmails(text),
    ...findDelimited(text, '{{', '}}'),
    ...findDelimited(text, '$t(', ')'),
    ...findSimpleArguments(text),
    ...findTags(text),
  ];
  // Most texts have none: no sorted copy for them.
  return ranges.length === 0 ? ranges : mergeRanges(ranges);
}

// A fixed list of schemes: `[a-z]+://` would backtrack over every long run of letters.
const URL_START = /(?:https?|ftp|file):\/\/|www\./gi;
const URL_CHAR = /[^\s<>"«»]/u;
const URL_TRAILING = /[.,;:!?)\]'’”]/;

function findUrls(text: string): Range[] {
  const out: Range[] = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && URL_CHAR.test(text[end]!)) end++;
    URL_START.lastIndex = end;
    while (end > m.index && URL_TRAILING.test(text[end - 1]!)) end--;
    out.push([m.index, end]);
  }
  return out;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/** Grows each `@` outwards; a character is scanned at most twice, so no quadratic case. */
function findEmails(text: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end]!)) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes('.')) out.push([start, end]);
  }
  return out;
}

function findDelimited(text: string, open: string, close: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const stop = text.indexOf(close, start + open.length);
    if (stop < 0) break;
    out.push([start, stop + close.length]);
    from = stop + close.length;
  }
  return out;
}

/** `{name}`: an ICU or single-brace argument is code, not prose. */
function findSimpleArguments(text: string): Range[] {
  const out: Range[] = [];
  // A Unicode-property regex run over every text costs more than looking for its brace first.
  if (!text.includes('{')) return out;
  const pattern = /\{[\p{L}\p{N}_]+\}/gu;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `<b>`, `</a>`, `<a href="…">`, `<br/>`: scans from each `<` to the next `>` or `<`. */
function findTags(text: string): Range[] {
  const out: Range[] = [];
  for (let lt = text.indexOf('<'); lt >= 0; ) {
    if (!/[A-Za-z/!?]/.test(text[lt + 1] ?? '')) {
      lt = text.indexOf('<', lt + 1);
      continue;
    }
    let end = lt + 1;
    while (end < text.length && text[end] !== '>' && text[end] !== '<') end++;
    if (text[end] === '>') {
      out.push([lt, end + 1]);
      lt = text.indexOf('<', end + 1);
    } else lt = end < text.length ? end : -1;
  }
  return out;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
