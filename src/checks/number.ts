import { maskedOf } from './analysis.js';
import { extractNumbers } from './numbers/extract-numbers.js';
import { matchNumbers } from './numbers/match-numbers.js';
import { spelledNumbers } from './numbers/number-words.js';
import { listQuoted } from './quote.js';
import type { CheckEntry, EntryCheck } from './types.js';

/** Numbers, years, dates and times must survive translation; their locale formats may change. */
export function checkNumbers(entry: CheckEntry): string[] {
  const source = entry.analyse('source', 'numbers', (_, lang) =>
    extractNumbers(maskedOf(entry, 'source'), lang),
  );
  if (source.length === 0 && !/\d/.test(entry.target)) return [];
  const target = extractNumbers(maskedOf(entry, 'target'), entry.lang);
  const { missing, added } = matchNumbers(
    source,
    target,
    () =>
      entry.analyse('source', 'spelled', (_, lang) =>
        spelledNumbers(maskedOf(entry, 'source'), lang),
      ),
    () =>
      entry.analyse('target', 'spelled', (_, lang) =>
        spelledNumbers(maskedOf(entry, 'target'), lang),
      ),
  );
  if (missing.length === 0 && added.length === 0) return [];
  const gone = listQuoted(missing.map((m) => m.raw.trim()));
  const extra = listQuoted(added.map((m) => m.raw.trim()));
  if (missing.length > 0 && added.length > 0) {
    return [`Numbers differ: the source has ${gone} where the translation has ${extra}.`];
  }
  if (missing.length > 0) return [`The translation lacks ${gone} from the source.`];
  return [`The translation has ${extra}, which the source does not.`];
}

export const numberCheck: EntryCheck = {
  id: 'number',
  severity: 'error',
  scope: 'entry',
  textOnly: true,
  check: checkNumbers,
};
