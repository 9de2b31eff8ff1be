// The plain data the review page renderer takes; whoever gathers lock statuses, findings and the git base fills it in.

import type { Finding, SegmentKind, Severity } from '../../types.js';

/** How a translation came to be, as the reviewer needs to know it. */
export type ReviewStatus = 'machine' | 'human' | 'stale' | 'missing' | 'manual';

export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'machine',
  'human',
  'manual',
  'stale',
  'missing',
];

/** A glossary term inside one side's text. Offsets are UTF-16 indices into that text (`String#slice`). */
export interface ReviewTerm {
  start: number;
  end: number;
  /** The pinned target form (on the Swedish side too: what the term must become). */
  pinned: string;
  note?: string;
}

/** One segment as the reviewer reads it: the Swedish, its translation and everything known about it. */
export interface ReviewSegment {
  key: string;
  kind: SegmentKind;
  /** 0-based source block; consecutive segments with the same number render as one paragraph. */
  paragraph: number;
  source: string;
  /** Absent when the locale file has no value for the key. */
  target?: string;
  status: ReviewStatus;
  /** Provider name for machine output (`deepl`, `pseudo`, …). */
  producer?: string;
  findings: Finding[];
  sourceTerms: ReviewTerm[];
  targetTerms: ReviewTerm[];
  /** Set when the translation changed since the review base; `before` absent means the key was added. */
  changed?: { before?: string };
}

/** One namespace in one target language. */
export interface ReviewPage {
  ns: string;
  lang: string;
  sourceLang: string;
  /** Usually the Swedish headline. */
  title: string;
  /** The git ref the changes are measured against. */
  base?: string;
  /** Tool name and version, shown in the footer (`tolk 0.1.0`). */
  generatedBy: string;
  /** In document order; a key may occur more than once. */
  segments: ReviewSegment[];
  /** Link back to the index page, relative to this page (`../index.html`). */
  indexHref?: string;
  /** Findings that belong to no segment (a file-level problem, a key missing from the source). */
  pageFindings?: Finding[];
}

/** One line of the index page. */
export interface ReviewIndexEntry {
  /** Relative link to the page, e.g. `en/xi-putin-samarkand.html`. */
  href: string;
  ns: string;
  lang: string;
  counts: Record<ReviewStatus, number>;
  findings: Record<Severity, number>;
  /** Segments changed since the base, when a base was given. */
  changed?: number;
}

export interface ReviewIndexOptions {
  title?: string;
  base?: string;
  generatedBy?: string;
}
