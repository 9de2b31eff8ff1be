import { linksOf } from './analysis.js';
import { listQuoted } from './quote.js';
import type { CheckEntry, EntryCheck } from './types.js';

function normalise(link: string): string {
  return link.toLowerCase().replace(/\/$/, '');
}

/**
 * A localised link is fine: `tt.se/sv/om` → `tt.se/en/om`. The language code may change in a
 * path segment, subdomain or query value, nothing else.
 */
function sameLink(source: string, target: string, sourceLang: string, lang: string): boolean {
  if (source === target) return true;
  const codes = (tag: string) => {
    const lower = tag.toLowerCase();
    return new Set([lower, lower.split(/[-_]/)[0] ?? lower]);
  };
  const from = codes(sourceLang);
  const to = codes(lang);
  const a = source.split(/([/.?=&#_-])/);
  const b = target.split(/([/.?=&#_-])/);
  if (a.length !== b.length) return false;
  return a.every((part, i) => part === b[i] || (from.has(part) && to.has(b[i] ?? '')));
}

/** URLs, e-mail addresses and domains are copied unchanged. */
export function checkUrls(entry: CheckEntry): string[] {
  const sourceFound = linksOf(entry, 'source');
  const targetFound = linksOf(entry, 'target');
  // Most texts have no link: nothing to copy into new arrays.
  if (sourceFound.length === 0 && targetFound.length === 0) return [];
  const source = sourceFound.map((l) => l.text);
  const target = targetFound.map((l) => l.text);
  const targetLinks = target.map(normalise);
  const sourceLinks = source.map(normalise);
  const unused = [...targetLinks];
  const missing: string[] = [];
  for (const [i, link] of source.entries()) {
    const wanted = sourceLinks[i]!;
    const at = unused.findIndex((t) => sameLink(wanted, t, entry.sourceLang, entry.lang));
    if (at >= 0) unused.splice(at, 1);
    else if (!targetLinks.some((t) => sameLink(wanted, t, entry.sourceLang, entry.lang)))
      missing.push(link);
  }
  const added = target.filter(
    (_, i) => !sourceLinks.some((s) => sameLink(s, targetLinks[i]!, entry.sourceLang, entry.lang)),
  );
  if (missing.length > 0 && added.length > 0)
    return [`A link changed: ${listQuoted(missing)} became ${listQuoted(added)}.`];
  if (missing.length > 0) return [`The translation lacks the link ${listQuoted(missing)}.`];
  if (added.length > 0)
    return [`The translation has the link ${listQuoted(added)}, which the source does not.`];
  return [];
}

export const urlCheck: EntryCheck = {
  id: 'url',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkUrls,
};
