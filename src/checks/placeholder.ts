import { placeholdersOf } from './analysis.js';
import { listQuoted } from './quote.js';
import type { Placeholder } from './text/placeholders.js';
import type { CheckEntry, EntryCheck } from './types.js';

function ids(placeholders: Placeholder[], plural: boolean): Set<string> {
  // A plural form may drop or add the count ("one article" / "{{count}} articles").
  return new Set(placeholders.filter((p) => !(plural && p.name === 'count')).map((p) => p.id));
}

function braceBalance(text: string): number {
  return (text.match(/\{\{/g)?.length ?? 0) - (text.match(/\}\}/g)?.length ?? 0);
}

/** Interpolations, nestings, ICU arguments and printf conversions must be the same set. */
export function checkPlaceholders(entry: CheckEntry): string[] {
  const source = placeholdersOf(entry, 'source');
  const target = placeholdersOf(entry, 'target');
  const messages: string[] = [];
  const sourceIds = ids(source, entry.plural);
  const targetIds = ids(target, entry.plural);
  const missing = [...sourceIds].filter((id) => !targetIds.has(id));
  const added = [...targetIds].filter((id) => !sourceIds.has(id));
  if (missing.length > 0 && added.length > 0) {
    messages.push(
      `Placeholders differ: ${listQuoted(missing)} became ${listQuoted(added)}; code fills them in by name, so keep them exactly.`,
    );
  } else if (missing.length > 0) {
    messages.push(
      `The translation lacks ${listQuoted(missing)}; copy placeholders exactly as in the source.`,
    );
  } else if (added.length > 0) {
    messages.push(`The translation has ${listQuoted(added)}, which the source does not.`);
  }
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
