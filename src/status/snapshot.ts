// The state of a project's translations at one moment: the Swedish per key, every target value and
// the lock. `tolk status` reads the working tree's; `tolk review` compares a base's with the working tree's.

import { expandPluralSegments } from '../plan/plurals.js';
import type { SourceSegment } from '../plan/types.js';
import type { LockEntries, Segment } from '../types.js';

export interface SnapshotNamespace {
  ns: string;
  /** One segment per key in document order, as the plan sees them; excluded kinds left out. */
  sources: SourceSegment[];
  /** An article's segments, repeats included (a caption printed twice), for the side-by-side page. */
  article?: Segment[];
  /** Where the Swedish came from: a content file (truth) or only `locales/<source>/<ns>.json`. */
  origin: 'content' | 'locale';
}

export interface TranslationSnapshot {
  sourceLang: string;
  /** Content namespaces first (sorted), then namespaces only found under locales/. */
  namespaces: SnapshotNamespace[];
  /** lang → ns → key → value, for every configured target. */
  values: Map<string, Map<string, Map<string, string>>>;
  /** lang → ns → key → entry, pending journal entries already settled. */
  lock: LockEntries;
}

/** The keys a language's file should hold: plural families expanded to the language's categories. */
export function sourcesFor(namespace: SnapshotNamespace, lang: string): SourceSegment[] {
  return expandPluralSegments(namespace.sources, lang);
}
