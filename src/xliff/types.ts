// XLIFF 2.0 as tolk exchanges it with translators: one file per target language, one <file> per
// namespace, one <unit> per key with one segment.

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** XLIFF 2.0 segment states, in the order work advances. */
export const SEGMENT_STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export interface XliffUnit {
  /** The i18next key (the unit's `name` when it has one, else its `id`). */
  key: string;
  /** The unit's state; the least advanced when a CAT tool split it into several segments. */
  state: SegmentState;
  /** Text content of the source(s): inline markup reduced to its text. */
  source: string;
  /** Undefined when the unit has no target. */
  target?: string;
  /** 1-based line of the <unit> tag, for reports. */
  line: number;
}

export interface XliffFile {
  /** The namespace. */
  id: string;
  line: number;
  units: XliffUnit[];
}

export interface XliffDocument {
  srcLang: string;
  trgLang?: string;
  files: XliffFile[];
}

/** A note on a unit, as `<note category="…">`. */
export interface XliffNote {
  category: string;
  text: string;
}

/** What `formatXliff` writes for one key. */
export interface XliffExportUnit {
  key: string;
  state: SegmentState;
  source: string;
  target?: string;
  notes: XliffNote[];
}

export interface XliffExportFile {
  ns: string;
  /** Project-relative path of the locale file, for `original`. */
  original?: string;
  units: XliffExportUnit[];
}
