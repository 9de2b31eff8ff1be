// The shapes the checks work on: plain data in, findings out. Loading files is the CLI's job.

import type { Glossary, LockEntry, Severity } from '../types.js';

export const CHECK_IDS = [
  'missing-key',
  'extra-key',
  'empty',
  'untranslated',
  'glossary',
  'number',
  'placeholder',
  'markup',
  'end-punctuation',
  'brackets-quotes',
  'whitespace',
  'inconsistent',
  'wrong-language',
  'doubled-word',
  'length',
  'url',
  'stale',
  'plural',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** One target locale file beside its source file. Maps are flattened dotted keys in file order. */
export interface CheckFile {
  lang: string;
  ns: string;
  /** The target locale file, for findings (GitHub annotations). */
  file?: string;
  /** 1-based line of each key in the target file, when known. */
  lines?: ReadonlyMap<string, number>;
  source: ReadonlyMap<string, string>;
  /** Undefined when the target file does not exist. */
  target: ReadonlyMap<string, string> | undefined;
  /** The lock's entries for this language and namespace; without them `stale` is skipped. */
  lock?: Readonly<Record<string, LockEntry>>;
}

export interface CheckRun {
  sourceLang: string;
  glossary?: Glossary;
  files: CheckFile[];
  /** Per check id: a severity or `off` (from tolk.config.yaml `checks:`). */
  settings?: Readonly<Record<string, Severity | 'off'>>;
}

/** One target value beside the source value it translates. */
export interface CheckEntry {
  lang: string;
  sourceLang: string;
  ns: string;
  key: string;
  source: string;
  target: string;
  /** The key belongs to an i18next plural family (`items_one`, `items_few`). */
  plural: boolean;
  lock?: LockEntry;
  glossary?: Glossary;
  /** Per-run cache for work that depends on the language only (a glossary's term pattern). */
  memo: Memo;
  /**
   * Work on one side's text, done once: the source's result is shared by every target language,
   * the target's by the checks of this entry.
   */
  analyse: <T>(
    side: 'source' | 'target',
    slot: string,
    compute: (text: string, lang: string) => T,
  ) => T;
}

export interface Memo {
  get<T>(slot: string, key: string, compute: () => T): T;
  /** Drops what `get` keeps for a key, once nothing will ask for it again. */
  forget(slot: string, key: string): void;
}

/** A problem a check found, before severity and position are attached. */
export interface KeyedMessage {
  key: string;
  message: string;
}

export interface EntryCheck {
  id: CheckId;
  severity: Severity;
  scope: 'entry';
  /** Also run when the target value is empty (most checks leave that to `empty`). */
  runOnEmpty?: boolean;
  /**
   * The findings depend on the texts alone (source, target, languages, plural, glossary), never
   * on the key, namespace or lock: entries that translate one source the same way share them.
   */
  textOnly?: boolean;
  check(entry: CheckEntry): string[];
}

export interface FileCheck {
  id: CheckId;
  severity: Severity;
  scope: 'file';
  check(file: CheckFile, run: CheckRun): KeyedMessage[];
}

/** A check across every file of one language (`inconsistent`). */
export interface LanguageCheck {
  id: CheckId;
  severity: Severity;
  scope: 'language';
  check(files: readonly CheckFile[], run: CheckRun): Array<KeyedMessage & { ns: string }>;
}

export type Check = EntryCheck | FileCheck | LanguageCheck;
