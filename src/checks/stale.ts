import { hashText } from './hash-text.js';
import type { CheckEntry, EntryCheck } from './types.js';

/** The Swedish changed after the translation was made (the lock's source hash no longer matches). */
export function checkStale(entry: CheckEntry): string[] {
  const lock = entry.lock;
  if (!lock) return [];
  const human = lock.by === 'human' || lock.by === 'manual';
  if (lock.stale) {
    return [
      'The source changed under this human translation. Review it against the new source, then run `tolk translate` (or `--retranslate-stale`).',
    ];
  }
  // Every language's entry of a key hashes the same Swedish: hash it once.
  if (lock.source !== entry.analyse('source', 'hash', hashText)) {
    return [
      human
        ? 'The source changed since this human translation was made. Review it against the new source.'
        : 'The source changed since this translation was made. Run `tolk translate` to update it.',
    ];
  }
  return [];
}

export const staleCheck: EntryCheck = {
  id: 'stale',
  severity: 'warning',
  scope: 'entry',
  runOnEmpty: true,
  check: checkStale,
};
