import { primaryLanguage } from './language/profiles.js';
import type { CheckEntry, EntryCheck } from './types.js';

const LEADING = /^\s/u;
const TRAILING = /\s$/u;
const DOUBLED = /[ \t\u00a0]{2,}/g;
// French and its neighbours put a (narrow) no-break space before ; : ! ? and inside « ».
const SPACED_PUNCTUATION = new Set(['fr', 'br', 'oc']);

function doubled(text: string): number {
  return text.match(DOUBLED)?.length ?? 0;
}

function spaceBeforePunctuation(text: string): number {
  return text.match(/[^\s] [,.;:!?](?=\s|$)/gu)?.length ?? 0;
}

/** Leading, trailing and doubled spaces, and a space before punctuation, that the source lacks. */
export function checkWhitespace(entry: CheckEntry): string[] {
  const { source, target } = entry;
  const problems: string[] = [];
  if (LEADING.test(target) && !LEADING.test(source)) problems.push('a leading space');
  if (TRAILING.test(target) && !TRAILING.test(source)) problems.push('a trailing space');
  if (!LEADING.test(target) && LEADING.test(source))
    problems.push('no leading space where the source has one');
  if (!TRAILING.test(target) && TRAILING.test(source))
    problems.push('no trailing space where the source has one');
  if (doubled(target.trim()) > doubled(source.trim())) problems.push('a doubled space');
  const primary = primaryLanguage(entry.lang);
  if (
    !SPACED_PUNCTUATION.has(primary) &&
    spaceBeforePunctuation(target) > spaceBeforePunctuation(source)
  ) {
    problems.push('a space before punctuation');
  }
  if (problems.length === 0) return [];
  return [`The translation has ${problems.join(', ')}.`];
}

export const whitespaceCheck: EntryCheck = {
  id: 'whitespace',
  severity: 'warning',
  scope: 'entry',
  textOnly: true,
  check: checkWhitespace,
};
