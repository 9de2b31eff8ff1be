import { tagsOf } from './analysis.js';
import { findNestingProblem, type Tag } from './text/tags.js';
import type { CheckEntry, EntryCheck } from './types.js';

function signature(tag: Tag): string {
  const name =
    tag.kind === 'close'
      ? `</${tag.name}>`
      : tag.kind === 'self'
        ? `<${tag.name}/>`
        : `<${tag.name}>`;
  return tag.attributes.length > 0 ? `${name.slice(0, -1)} ${tag.attributes.join(' ')}>` : name;
}

function countBy(tags: Tag[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(signature(tag), (counts.get(signature(tag)) ?? 0) + 1);
  return counts;
}

/** The same tags (order may change with the word order), properly nested. */
export function checkMarkup(entry: CheckEntry): string[] {
  const source = tagsOf(entry, 'source');
  const target = tagsOf(entry, 'target');
  if (source.length === 0 && target.length === 0) return [];
  const sourceCounts = countBy(source);
  const targetCounts = countBy(target);
  const missing: string[] = [];
  const added: string[] = [];
  for (const [sig, n] of sourceCounts) if ((targetCounts.get(sig) ?? 0) < n) missing.push(sig);
  for (const [sig, n] of targetCounts) if ((sourceCounts.get(sig) ?? 0) < n) added.push(sig);
  const messages: string[] = [];
  if (missing.length > 0) messages.push(`Tags missing from the translation: ${missing.join(' ')}.`);
  if (added.length > 0) messages.push(`Tags not in the source: ${added.join(' ')}.`);
  if (messages.length === 0 && findNestingProblem(source) === undefined) {
    const problem = findNestingProblem(target);
    if (problem) messages.push(`Tags are not nested properly: ${problem}.`);
  }
  return messages.length > 1 ? [messages.join(' ')] : messages;
}

export const markupCheck: EntryCheck = {
  id: 'markup',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkMarkup,
};
