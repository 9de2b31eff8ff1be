import { placeholdersOf } from './analysis.js';
import { listQuoted } from './quote.js';
import type { Placeholder } from './text/placeholders.js';
import type { CheckEntry, EntryCheck } from './types.js';

function ids(placeholders: Placeholder[], plural: boolean): Set<string> {
  // A plural form may drop or add the count ("one article" / "{{count}} articles").
  return new Set(placeholders.filter((p) => !(plural && p.name === 'count')).map((p) => p.id));
}

/** Occurrences of `pair` in `text`, not overlapping, as a global regex counts them. */
function countPairs(text: string, pair: string): number {
  let n = 0;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + pair.length)) n++;
  return n;
}

function braceBalance(text: string): number {
  return countPairs(text, '{{') - countPairs(text, '}}');
}

/** What differs between the placeholders of the source and those of the translation. */
function differences(source: Placeholder[], target: Placeholder[], plural: boolean): string[] {
  const sourceIds = ids(source, plural);
  const targetIds = ids(target, plural);
  const missing = [...sourceIds].filter((id) => !targetIds.has(id));
  const added = [...targetIds].filter((id) => !sourceIds.has(id));
  if (missing.length > 0 && added.length > 0) {
    return [
      `Placeholders differ: ${listQuoted(missing)} became ${listQuoted(added)}; code fills them in by name, so keep them exactly.`,
    ];
  }
  if (missing.length > 0) {
    return [
      `The translation lacks ${listQuoted(missing)}; copy placeholders exactly as in the source.`,
    ];
  }
  if (added.length > 0)
    return [`The translation has ${listQuoted(added)}, which the source does not.`];
  return [];
}

/** Interpolations, nestings, ICU arguments and printf conversions must be the same set. */
export function checkPlaceholders(entry: CheckEntry): string[] {
  const source = placeholdersOf(entry, 'source');
  const target = placeholdersOf(entry, 'target');
  // Most texts have none on either side: nothing to compare but the braces.
  const messages =
    source.length > 0 || target.length > 0 ? differences(source, target, entry.plural) : [];
  if (messages.length === 0 && braceBalance(entry.target) !== braceBalance(entry.source)) {
    messages.push('A placeholder is broken: the {{ and }} braces do not pair up.');
  }
  return messages;
}

export const placeholderCheck: EntryCheck = {
  id: 'placeholder',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkPlaceholders,
};
