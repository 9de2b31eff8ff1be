// Writes what the run produced, one language at a time as each finishes (so writing overlaps the wait
// for the languages still in flight): the lock as a journal first, then the language's locale files;
// the settled lock last. A crash at any point leaves files a rerun can trust and a lock that claims
// nothing false.

import pLimit from 'p-limit';
import type { TolkConfig } from '../config/index.js';
import type { SourceText } from '../content/read-source.js';
import { UserError } from '../errors.js';
import {
  formatLocaleJson,
  journalLock,
  keepExtraKeys,
  localeFilePath,
  type PrintedNamespaces,
  readLocaleFileWithLinesSync,
  writeFileAtomic,
  writeLock,
} from '../locales/index.js';
import { createPause } from '../pause.js';
import { expandPluralSegments } from '../plan/plurals.js';
import type { KeptTranslation, LanguagePlan, PriorState, SourceSegment } from '../plan/types.js';
import type { LockEntries, LockEntry } from '../types.js';

export interface WriterInput {
  config: TolkConfig;
  sources: readonly SourceText[];
  segments: readonly SourceSegment[];
  prior: PriorState;
}

/** ns → key → a translation made in this run. */
export type FreshTranslations = ReadonlyMap<string, ReadonlyMap<string, KeptTranslation>>;

export interface ResultWriter {
  /** Writes one language's files and its lock entries; calls are queued, never interleaved. */
  writeLanguage(plan: LanguagePlan, fresh: FreshTranslations | undefined): Promise<void>;
  /**
   * Writes the source-language files (they depend on the Swedish alone), unless the first language
   * written has set them going already; resolves once they are written.
   */
  writeSources(): Promise<void>;
  /** Writes the settled lock with the run's billing, when a journal or billing is not in it yet. */
  finish(billedBy: Readonly<Record<string, number>>): Promise<void>;
}

interface PlannedFile {
  file: string;
  values: Array<[string, string]>;
  /** What the file held when the run read it; null when it found none; absent when it did not look. */
  before?: ReadonlyMap<string, string> | null;
}

/** Each file is flushed to disk before its rename; many at a time overlap those waits (1 000 files: 0.94 s 16 at a time, 0.66 s 64 at a time, on this machine's disk). */
const WRITES_AT_ONCE = 64;

export function createResultWriter(input: WriterInput): ResultWriter {
  const { config, prior } = input;
  // What the lock on disk holds once the queued writes are done. Copied per language only: entries
  // themselves are never changed, only replaced, so unchanged languages stay the prior's objects.
  let entries: LockEntries = { ...prior.lock };
  // The run's billing is added by finish(); a journal written before claims no more than before.
  let billed: Record<string, number> = prior.billed;
  // Namespaces untouched since the last write are printed from this: the lock is written per language.
  const printed: PrintedNamespaces = new WeakMap();
  // The lock on disk is the journal of the last language written; the next language's journal or
  // finish() settles it (a journal is a true lock too: settleLock reads it against the files).
  let journalOnDisk = false;
  let queue: Promise<void> = Promise.resolve();
  const serially = (step: () => Promise<void>) => {
    const next = queue.then(step);
    // A failed step fails its caller; the queue goes on for the others.
    queue = next.catch(() => undefined);
    return next;
  };
  // The Swedish files depend on the Swedish alone: written once the first language is, while the
  // others are in flight, so that none of their writing is left for after the last answer (500
  // articles: their 500 flushed writes were ~0.14 s of the run's last 0.45 s).
  let sourcesWritten: Promise<void> | undefined;
  const writeSourceFiles = () => {
    if (!sourcesWritten) {
      sourcesWritten = changedFiles(plannedSourceFiles(input)).then(writeAll);
      // Its error (a key clash) is writeSources' to report, not an unhandled rejection meanwhile.
      sourcesWritten.catch(() => undefined);
    }
    return sourcesWritten;
  };

  return {
    writeLanguage(plan, fresh) {
      return serially(async () => {
        const { files, lockEntries, changed } = await planLanguageFiles(input, plan, fresh);
        const after: LockEntries = { ...entries, [plan.lang]: lockEntries };
        const journal = () => writeLock(config.lock, journalLock(entries, after, billed), printed);
        // A changed lock is journaled while the files are formatted (the last language's journal
        // waited ~95 ms for the disk after its ~50 ms of formatting, traced at 500 articles). A key
        // clash found formatting still stops the run before any locale file is written; the
        // journal then on disk is a true lock of the files as they are.
        const journaled = changed ? journal() : undefined;
        journaled?.catch(() => undefined);
        const toWrite = await changedFiles(files).catch(async (error: unknown) => {
          // The clash is the error to report, whatever became of the journal.
          await journaled?.catch(() => undefined);
          throw error;
        });
        // A language that changed nothing writes nothing (a no-change run must be quick).
        if (toWrite.length === 0 && !changed) return;
        await (journaled ?? journal());
        journalOnDisk = true;
        await writeAll(toWrite);
        entries = after;
        void writeSourceFiles();
      });
    },
    writeSources() {
      // Not queued before finish(): the lock does not cover them.
      return queue.then(writeSourceFiles);
    },
    finish(billedBy) {
      return serially(async () => {
        const total = { ...prior.billed };
        for (const [name, characters] of Object.entries(billedBy)) {
          total[name] = (total[name] ?? 0) + characters;
        }
        if (!journalOnDisk && sameCounts(total, billed)) return;
        billed = total;
        await writeLock(config.lock, { version: 1, entries, billed }, printed);
        journalOnDisk = false;
      });
    },
  };
}

/** The source-language files: each source's segments, as the Swedish says them. */
function plannedSourceFiles(input: WriterInput): PlannedFile[] {
  const bySource = groupByNamespace(input.segments);
  return input.sources.map(({ ns }) => ({
    file: localeFilePath(input.config.locales, input.config.source, ns),
    values: (bySource.get(ns) ?? []).map((s): [string, string] => [s.key, s.text]),
  }));
}

/** The language's locale files and lock entries: fresh translations over kept ones, in source order. */
async function planLanguageFiles(
  input: WriterInput,
  plan: LanguagePlan,
  fresh: FreshTranslations | undefined,
): Promise<{
  files: PlannedFile[];
  lockEntries: Record<string, Record<string, LockEntry>>;
  changed: boolean;
}> {
  const { config, prior } = input;
  const lang = plan.lang;
  const priorLang = prior.lock[lang];
  // The language's own keys: plural families hold exactly the categories it needs.
  const byNamespace = groupByNamespace(expandPluralSegments(input.segments, lang));
  // Namespaces no source has any more keep their entries, as their files stay.
  const lockEntries: Record<string, Record<string, LockEntry>> = { ...priorLang };
  const files: PlannedFile[] = [];
  let changed = false;
  const pause = createPause();
  for (const { ns } of input.sources) {
    await pause();
    const values: Array<[string, string]> = [];
    const lockKeys: Record<string, LockEntry> = {};
    const priorKeys = priorLang?.[ns];
    const before = prior.files.get(lang)?.get(ns);
    for (const segment of byNamespace.get(ns) ?? []) {
      const made = fresh?.get(ns)?.get(segment.key) ?? plan.kept.get(ns)?.get(segment.key);
      if (made) {
        values.push([segment.key, made.value]);
        lockKeys[segment.key] = made.entry;
      } else {
        // Not translated this time (the run stopped): keep what the file had, with its old entry.
        const old = before?.get(segment.key);
        const oldEntry = priorKeys?.[segment.key];
        if (old !== undefined) values.push([segment.key, old]);
        if (old !== undefined && oldEntry) lockKeys[segment.key] = oldEntry;
      }
    }
    // Unchanged namespaces keep the prior's object: the lock printer reuses its text.
    const same = priorKeys !== undefined && sameKeys(priorKeys, lockKeys);
    lockEntries[ns] = same ? priorKeys : lockKeys;
    if (!same) changed = true;
    const file = localeFilePath(config.locales, lang, ns);
    const managed = (key: string) => priorKeys?.[key] !== undefined;
    const kept = keepExtraKeys(values, before, managed);
    // A file the run looked for and did not find need not be read again.
    files.push({ file, values: kept, before: before ?? null });
  }
  return { files, lockEntries, changed };
}

/** The files whose content differs from what they hold, formatted. */
async function changedFiles(
  files: readonly PlannedFile[],
): Promise<Array<{ file: string; text: string }>> {
  const toWrite: Array<{ file: string; text: string }> = [];
  // Formatting a language's thousands of files takes long enough to hold up the answers of the
  // languages still in flight: pause between files.
  const pause = createPause();
  for (const { file, values, before } of files) {
    await pause();
    const current = before === undefined ? readCurrent(file) : before;
    if (!sameEntries(current, values)) toWrite.push({ file, text: formatFile(file, values) });
  }
  return toWrite;
}

/** What a file holds now, or undefined when it is missing or unreadable (then it is rewritten). */
function readCurrent(file: string): ReadonlyMap<string, string> | undefined {
  try {
    // In a row, synchronously: one file at a time through the thread pool costs several times more.
    return readLocaleFileWithLinesSync(file)?.values;
  } catch {
    return undefined;
  }
}

async function writeAll(files: ReadonlyArray<{ file: string; text: string }>): Promise<void> {
  const limit = pLimit(WRITES_AT_ONCE);
  await Promise.all(files.map(({ file, text }) => limit(() => writeFileAtomic(file, text))));
}

/** Segments per namespace, in document order: built once, not filtered per file. */
function groupByNamespace<T extends { ns: string }>(segments: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const segment of segments) {
    const group = groups.get(segment.ns);
    if (group) group.push(segment);
    else groups.set(segment.ns, [segment]);
  }
  return groups;
}

function formatFile(file: string, values: Array<[string, string]>): string {
  try {
    return formatLocaleJson(values);
  } catch (error) {
    throw new UserError(
      `Could not write the locale file: ${(error as Error).message.replace(/\.$/, '')} (i18next cannot nest a key under a text). Rename the key that was added by hand.`,
      { position: { file }, cause: error },
    );
  }
}

function sameEntries(
  current: ReadonlyMap<string, string> | null | undefined,
  values: ReadonlyArray<readonly [string, string]>,
): boolean {
  if (!current || current.size !== values.length) return false;
  let i = 0;
  for (const [key, value] of current) {
    const [k, v] = values[i++]!;
    if (k !== key || v !== value) return false;
  }
  return true;
}

function sameKeys(a: Record<string, LockEntry>, b: Record<string, LockEntry>): boolean {
  const keys = Object.keys(b);
  if (Object.keys(a).length !== keys.length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}
