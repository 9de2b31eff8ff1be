// The data that flows between tolk's stages. Each stage takes and returns these plain shapes.

/** What a block of a news article is; decides how its segments reach the target language. */
export type SegmentKind =
  | 'headline'
  | 'lede'
  | 'caption'
  | 'credit' // "Foto: …": only the label is translated, names and agencies are kept
  | 'dateline' // the place of a dateline
  | 'timestamp' // "2022-09-15 13:23": formatted for the target locale by code, never sent to an engine
  | 'paragraph'
  | 'quote' // a dialogue paragraph opening with "– "
  | 'subheading'
  | 'factbox-title' // "Fakta: SCO"
  | 'factbox'
  | 'source' // "Källa: NE"
  | 'boilerplate'; // site furniture such as "Så jobbar vi med nyheter"

/** One translation unit of a source file, normally a sentence. */
export interface Segment {
  /** i18next key with default options: never contains ':', '.' only as nesting. */
  key: string;
  /** Exact substring of the (BOM-stripped, LF-normalised) source text. */
  text: string;
  kind: SegmentKind;
  /** 0-based index of the blank-line-separated block the segment came from. */
  paragraph: number;
  /** Offsets of `text` in the normalised source. */
  start: number;
  end: number;
}

/** A pinned target form of a glossary term. */
export interface PinnedForm {
  base: string;
  /** The possessive form used where the Swedish has a genitive (`SCO:s` → `SCO's`). */
  genitive?: string;
}

/** One entry of glossary.yaml, validated. */
export interface GlossaryTerm {
  /** The Swedish term as written (the YAML key). */
  term: string;
  /** Further Swedish forms; the genitive of each form is matched without listing it. */
  forms: string[];
  /** Never translated, in any language. */
  keep: boolean;
  caseSensitive: boolean;
  note?: string;
  /** Pinned forms by language code as written in the file (`en`, `en-GB`, `de`). */
  translations: Record<string, PinnedForm>;
  /** Position of the term's key in glossary.yaml (1-based). */
  line: number;
  column: number;
}

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
}

/** A glossary term found in a Swedish text. */
export interface TermMatch {
  term: GlossaryTerm;
  start: number;
  end: number;
  /** The text as it occurs in the source. */
  text: string;
  /** The occurrence is a Swedish genitive (`Kinas`, `SCO:s`). */
  genitive: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a locale file, the unit every reporter prints. */
export interface Finding {
  lang: string;
  ns: string;
  key: string;
  check: string;
  severity: Severity;
  message: string;
  /** Locale file and 1-based line of the key, when known (for GitHub annotations). */
  file?: string;
  line?: number;
}

/** Who produced a translation: a provider name (`deepl`, `pseudo`, `apertium`, …), `human` or `manual`. */
export type Producer = string;

/** What the lock remembers about one key of one locale file. */
export interface LockEntry {
  /** Hash of the Swedish text the translation was made from. */
  source: string;
  /** Hash of the translation as written (machine output, or the human's text). */
  output: string;
  by: Producer;
  /** Hash of the glossary pins the segment used; a changed pin retranslates exactly its segments. */
  terms?: string;
  /** A human translation whose Swedish changed since; kept, reported, not retranslated. */
  stale?: true;
}

/** lang → namespace → key → entry. */
export type LockEntries = Record<string, Record<string, Record<string, LockEntry>>>;

export interface Lock {
  version: 1;
  entries: LockEntries;
  /** Characters billed by providers over the lock's lifetime, per provider. */
  billed?: Record<string, number>;
}
