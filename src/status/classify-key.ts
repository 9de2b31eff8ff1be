// Where one translation stands, decided the way the next `tolk translate` will decide it
// (src/plan/plan-translations.ts), so `status`, `review` and the review pages tell the same story.

import { hashText } from '../locales/index.js';
import type { LockEntry, Producer } from '../types.js';

/**
 * - `current`: up to date; the next run keeps it.
 * - `stale`: a human translation whose Swedish changed since; kept, waiting for a review.
 * - `outdated`: a machine translation whose Swedish or glossary pins changed; the next run replaces it.
 * - `missing`: no value in the locale file.
 */
export type KeyState = 'current' | 'stale' | 'outdated' | 'missing';

export interface KeyStatus {
  state: KeyState;
  /** Who made the value: a provider name, `human` or `manual`. Absent when missing. */
  by?: Producer;
  /** The file holds a value the lock does not know: a reviewer's edit the next run records as `human`. */
  edited?: true;
}

/** Human translations: tolk never overwrites them, it marks them stale instead. */
export function isHumanProducer(by: Producer | undefined): boolean {
  return by === 'human' || by === 'manual';
}

export function classifyKey(
  source: string,
  value: string | undefined,
  entry: LockEntry | undefined,
  termsHash: string | undefined,
): KeyStatus {
  if (value === undefined) return { state: 'missing' };
  if (!entry || entry.output !== hashText(value)) {
    return { state: 'current', by: 'human', edited: true };
  }
  const sourceChanged = entry.source !== hashText(source);
  if (isHumanProducer(entry.by)) {
    return { state: entry.stale || sourceChanged ? 'stale' : 'current', by: entry.by };
  }
  const pinsChanged = (entry.terms ?? '') !== (termsHash ?? '');
  return { state: sourceChanged || pinsChanged ? 'outdated' : 'current', by: entry.by };
}
