import { primaryLanguage } from './language/profiles.js';
import { isSpace } from './text/space.js';
import type { CheckEntry, EntryCheck } from './types.js';

const DOUBLED = /[ \t\u00a0]{2,}/g;
const SPACE_BEFORE_PUNCTUATION = /[^\s] [,.;:!?](?=\s|$)/gu;
// French and its neighbours put a (narrow) no-break space before ; : ! ? and inside « ».
const SPACED_PUNCTUATION = new Set(['fr', 'br', 'oc']);

function doubled(text: string): number {
  return text.match(DOUBLED)?.length ?? 0;
}

function spaceBeforePunctuation(text: string): number {
  return text.match(SPACE_BEFORE_PUNCTUATION)?.length ?? 0;
}

/**
 * Whether the translation has more of what `count` counts than the source. The source is counted
 * only when the translation has any: most have none.
 */
function more(count: (text: string) => number, target: string, source: string): boolean {
  const inTarget = count(target);
  return inTarget > 0 && inTarget > count(source);
}

/**
 * A space, tab or no-break space followed by another or by `, . ; : ! ?`: what both DOUBLED and
 * SPACE_BEFORE_PUNCTUATION need. One scan instead of two of every translation, most of which
 * have neither.
 */
const MAY_SPACE_BADLY = /[ \t\u00a0][ \t\u00a0,.;:!?]/;

/** Leading, trailing and doubled spaces, and a space before punctuation, that the source lacks. */
export function checkWhitespace(entry: CheckEntry): string[] {
  const { source, target } = entry;
  const problems: string[] = [];
  // `\s` at an end, as /^\s/u and /\s$/u test it: a code unit, since no surrogate is whitespace.
  const leading = isSpace(target.charCodeAt(0));
  const trailing = isSpace(target.charCodeAt(target.length - 1));
  const sourceLeading = isSpace(source.charCodeAt(0));
  const sourceTrailing = isSpace(source.charCodeAt(source.length - 1));
  if (leading && !sourceLeading) problems.push('a leading space');
  if (trailing && !sourceTrailing) problems.push('a trailing space');
  if (!leading && sourceLeading) problems.push('no leading space where the source has one');
  if (!trailing && sourceTrailing) problems.push('no trailing space where the source has one');
  if (MAY_SPACE_BADLY.test(target)) {
    if (more(doubled, target.trim(), source.trim())) problems.push('a doubled space');
    const primary = primaryLanguage(entry.lang);
    if (!SPACED_PUNCTUATION.has(primary) && more(spaceBeforePunctuation, target, source)) {
      problems.push('a space before punctuation');
    }
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
