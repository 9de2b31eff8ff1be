import { extractNumbers } from './numbers/extract-numbers.js';
import { matchNumbers } from './numbers/match-numbers.js';
import { spelledNumbers } from './numbers/number-words.js';
import { listQuoted } from './quote.js';
import { maskCode } from './text/mask.js';
import type { CheckEntry, EntryCheck } from './types.js';

function readNumbers(text: string, lang: string) {
  const masked = maskCode(text);
  return { mentions: extractNumbers(masked, lang), spelled: spelledNumbers(masked, lang) };
}

/** Numbers, years, dates and times must survive translation; their locale formats may change. */
export function checkNumbers(entry: CheckEntry): string[] {
  const source = entry.memo.get('numbers', `${entry.sourceLang}\u0000${entry.source}`, () =>
    readNumbers(entry.source, entry.sourceLang),
  );
  if (source.mentions.length === 0 && !/\d/.test(entry.target)) return [];
  const target = readNumbers(entry.target, entry.lang);
  const { missing, added } = matchNumbers(
    source.mentions,
    target.mentions,
    source.spelled,
    target.spelled,
  );
  const gone = listQuoted(missing.map((m) => m.raw.trim()));
  const extra = listQuoted(added.map((m) => m.raw.trim()));
  if (missing.length > 0 && added.length > 0) {
    return [`Numbers differ: the source has ${gone} where the translation has ${extra}.`];
  }
  if (missing.length > 0) return [`The translation lacks ${gone} from the source.`];
  if (added.length > 0) return [`The translation has ${extra}, which the source does not.`];
  return [];
}

export const numberCheck: EntryCheck = {
  id: 'number',
  severity: 'error',
  scope: 'entry',
  check: checkNumbers,
};
