import type { LockEntry, Segment } from '../types.js';

/** A segment as the plan sees it: where it lives and what surrounds it. */
export interface SourceSegment extends Segment {
  ns: string;
  /** The segment's paragraph and the article's headline, for engines that take context. */
  context: string;
}

/** A translation that stays: up to date, human, stale or reused from an identical sentence. */
export interface KeptTranslation {
  value: string;
  entry: LockEntry;
}

/** How a segment that needs work gets its translation. */
export type WorkMode = 'provider' | 'timestamp' | 'credit';

export interface WorkItem {
  segment: SourceSegment;
  mode: WorkMode;
  /** Hash of the source text. */
  sourceHash: string;
  /** Hash of the glossary pins the segment uses, when it has any. */
  termsHash?: string;
}

export interface LanguagePlan {
  lang: string;
  /** ns → key → kept translation. */
  kept: Map<string, Map<string, KeptTranslation>>;
  work: WorkItem[];
  /** Human translations whose Swedish changed, kept and reported. */
  stale: Array<{ ns: string; key: string }>;
}

/** A language planned when the run reaches it (once), so its first requests need not wait for all. */
export interface LanguageToPlan {
  lang: string;
  plan(): Promise<LanguagePlan>;
  /** Starts planning (once) and gives the plan as it is filled in, and when it is complete. */
  planning(): { plan: LanguagePlan; done: Promise<LanguagePlan> };
}

/** What the run found in the files before translating: the prior state per language and namespace. */
export interface PriorState {
  /** lang → ns → key → value, from the locale files. */
  files: Map<string, Map<string, Map<string, string>>>;
  /** lang → ns → key → entry, from the lock (pending entries already settled). */
  lock: Record<string, Record<string, Record<string, LockEntry>>>;
  /** Characters billed so far, per provider. */
  billed: Record<string, number>;
}
