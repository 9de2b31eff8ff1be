// What export and import both look at: for one target language, each namespace's keys with the
// Swedish they translate, the current translation and the lock's entry. Reading it is the only
// I/O; deciding a unit's state is pure, so export and import can never disagree about it.

import { relative } from 'node:path';
import type { TolkConfig } from '../config/index.js';
import { readSourceTexts } from '../content/read-source.js';
import { segmentSource } from '../content/segment-source.js';
import { readGlossary } from '../glossary/index.js';
import {
  hashText,
  type JournaledLock,
  localeFilePath,
  readLocaleFile,
  readLock,
  settleLock,
} from '../locales/index.js';
import { expandPluralSegments } from '../plan/plurals.js';
import type { SourceSegment } from '../plan/types.js';
import type { Glossary, LockEntries, LockEntry } from '../types.js';
import type { SegmentState } from './types.js';

export interface NamespaceState {
  ns: string;
  /** Absolute path of the target locale file. */
  file: string;
  /** The language's keys in document order, plural families expanded to its categories. */
  segments: SourceSegment[];
  /** The locale file's values; undefined when it does not exist yet. */
  values: ReadonlyMap<string, string> | undefined;
  lock: Readonly<Record<string, LockEntry>>;
}

export interface LanguageState {
  source: string;
  lang: string;
  namespaces: NamespaceState[];
  glossary: Glossary;
  /** The whole lock, pending journal entries settled. */
  lock: JournaledLock;
  entries: LockEntries;
}

export async function readLanguageState(config: TolkConfig, lang: string): Promise<LanguageState> {
  const sources = await readSourceTexts(config.content, config.root);
  const namespaces: NamespaceState[] = [];
  for (const source of sources) {
    const file = localeFilePath(config.locales, lang, source.ns);
    namespaces.push({
      ns: source.ns,
      file,
      segments: expandPluralSegments(segmentSource(source, config.exclude), lang),
      values: await readLocaleFile(file),
      lock: {},
    });
  }
  const lock = await readLock(config.lock);
  const pendingValues = await readPendingValues(config, lock);
  const entries = settleLock(lock, (l, ns, key) => {
    const value = pendingValues.get(`${l}\u0000${ns}`)?.get(key);
    return value === undefined ? undefined : hashText(value);
  });
  for (const state of namespaces) state.lock = entries[lang]?.[state.ns] ?? {};
  // Without a glossary file the notes have no terms; a broken one is the user's to fix.
  const { glossary } = await readGlossary(config.glossary, { targets: [lang] });
  return { source: config.source, lang, namespaces, glossary, lock, entries };
}

/**
 * The locale files a crashed run's journal names, so the import settles every language's pending
 * entries as `tolk translate` would, instead of dropping the other languages' ones.
 */
async function readPendingValues(
  config: TolkConfig,
  lock: JournaledLock,
): Promise<Map<string, ReadonlyMap<string, string>>> {
  const values = new Map<string, ReadonlyMap<string, string>>();
  const plain = (name: string) => !/[\\/]|^\.\.?$/.test(name);
  for (const [lang, namespaces] of Object.entries(lock.pending ?? {})) {
    for (const ns of Object.keys(namespaces)) {
      if (!plain(lang) || !plain(ns)) continue;
      const file = await readLocaleFile(localeFilePath(config.locales, lang, ns));
      if (file) values.set(`${lang}\u0000${ns}`, file);
    }
  }
  return values;
}

/** How a key stands, as an XLIFF state and, when it needs a look, why. */
export interface KeyStatus {
  state: SegmentState;
  /** Who made the current translation: a provider, `human` or `manual`. */
  by?: string;
  outdated?: 'stale' | 'source-changed';
}

export function statusOf(
  segment: SourceSegment,
  value: string | undefined,
  entry: LockEntry | undefined,
): KeyStatus {
  if (value === undefined) return { state: 'initial' };
  // A value tolk did not write is a person's edit; the next run records it as human.
  if (!entry || entry.output !== hashText(value)) return { state: 'reviewed', by: 'human' };
  const by = entry.by;
  if (entry.stale) return { state: 'initial', by, outdated: 'stale' };
  if (entry.source !== hashText(segment.text))
    return { state: 'initial', by, outdated: 'source-changed' };
  return { state: by === 'human' || by === 'manual' ? 'reviewed' : 'translated', by };
}

export function relativeTo(config: TolkConfig, file: string): string {
  return relative(config.root, file).split('\\').join('/');
}
