// What `tolk review` found between a base and the working tree: plain data every reporter renders.

import type { KeyState } from '../status/index.js';
import type { Finding, Producer, SegmentKind, Severity } from '../types.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** One key in one target language. */
export interface TranslationChange {
  lang: string;
  change: ChangeKind;
  before?: string;
  after?: string;
  /** Who made the base's value and the working tree's (provider name, `human`, `manual`). */
  byBefore?: Producer;
  by?: Producer;
  /** Where the working tree's value stands (`stale`: human translation whose Swedish changed). */
  state: KeyState;
  /** The value is a reviewer's edit the lock does not know yet. */
  edited?: true;
  findings: Finding[];
}

/** One key of a namespace with its Swedish and every selected language. */
export interface KeyReview {
  key: string;
  kind?: SegmentKind;
  change: ChangeKind;
  /** The key's name in the base, when editing its opening words renamed it. */
  renamedFrom?: string;
  /** The Swedish in the working tree; absent when the key was removed. */
  source?: string;
  /** The base's Swedish, when it differs from the working tree's. */
  sourceBefore?: string;
  translations: TranslationChange[];
}

export interface ChangeCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface NamespaceReview {
  ns: string;
  change: ChangeKind;
  counts: ChangeCounts;
  /** Every key in document order (removed keys where they stood), unchanged ones included. */
  keys: KeyReview[];
}

export interface ReviewReport {
  base: { ref: string; commit: string };
  sourceLang: string;
  languages: string[];
  namespaces: NamespaceReview[];
  counts: ChangeCounts;
  /** Findings on changed keys, by severity. */
  findings: Record<Severity, number>;
  /** Findings on keys this change did not touch (`tolk check` lists them). */
  otherFindings: number;
  /** Human translations whose Swedish changed, among the changed keys. */
  stale: number;
}
