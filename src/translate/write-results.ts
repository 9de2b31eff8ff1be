// Writes what the run produced: the lock as a journal first, then the locale files, then the lock,
// so a crash at any point leaves files a rerun can trust and a lock that claims nothing false.

import pLimit from 'p-limit';
import type { TolkConfig } from '../config/index.js';
import type { SourceText } from '../content/read-source.js';
import { UserError } from '../errors.js';
import {
  formatLocaleJson,
  journalLock,
  keepExtraKeys,
  localeFilePath,
  readLocaleFile,
  writeFileAtomic,
  writeLock,
} from '../locales/index.js';
import { expandPluralSegments } from '../plan/plurals.js';
import type { LanguagePlan, PriorState, SourceSegment } from '../plan/types.js';
import type { LockEntries, LockEntry } from '../types.js';
import type { RunReport } from './translate-plans.js';

export interface WriteInput {
  config: TolkConfig;
  sources: readonly SourceText[];
  segments: readonly SourceSegment[];
  plans: readonly LanguagePlan[];
  report: RunReport;
  prior: PriorState;
}

interface PlannedFile {
  file: string;
  values: Array<[string, string]>;
  /** What the file held when the run read it, when the run read it. */
  before?: ReadonlyMap<string, string>;
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

export async function writeResults(input: WriteInput): Promise<void> {
  const { config, prior } = input;
  // Copied per language and namespace only: entries themselves are never changed, only replaced.
  const entries: LockEntries = { ...prior.lock };
  const files: PlannedFile[] = [];
  // A run that changed nothing writes nothing: no lock, no file (a no-change run must be quick).
  let lockChanged = Object.keys(input.report.billedBy ?? {}).length > 0;

  const bySource = groupByNamespace(input.segments);
  for (const plan of input.plans) {
    const lang = plan.lang;
    // The language's own keys: plural families hold exactly the categories it needs.
    const byNamespace = groupByNamespace(expandPluralSegments(input.segments, lang));
    const langEntries = { ...entries[lang] };
    entries[lang] = langEntries;
    for (const { ns } of input.sources) {
      const values: Array<[string, string]> = [];
      const lockKeys: Record<string, LockEntry> = {};
      for (const segment of byNamespace.get(ns) ?? []) {
        const fresh = input.report.translated?.get(lang)?.get(ns)?.get(segment.key);
        const kept = plan.kept.get(ns)?.get(segment.key);
        const made = fresh ?? kept;
        if (made) {
          values.push([segment.key, made.value]);
          lockKeys[segment.key] = made.entry;
          if (made.entry !== prior.lock[lang]?.[ns]?.[segment.key]) lockChanged = true;
        } else {
          // Not translated this time (the run stopped): keep what the file had, with its old entry.
          const old = prior.files.get(lang)?.get(ns)?.get(segment.key);
          const oldEntry = prior.lock[lang]?.[ns]?.[segment.key];
          if (old !== undefined) values.push([segment.key, old]);
          if (old !== undefined && oldEntry) lockKeys[segment.key] = oldEntry;
        }
      }
      langEntries[ns] = lockKeys;
      const priorKeys = prior.lock[lang]?.[ns];
      if (!priorKeys || Object.keys(priorKeys).length !== Object.keys(lockKeys).length) {
        lockChanged = true;
      }
      const file = localeFilePath(config.locales, lang, ns);
      const managed = (key: string) => prior.lock[lang]?.[ns]?.[key] !== undefined;
      const before = prior.files.get(lang)?.get(ns);
      const kept = keepExtraKeys(values, before, managed);
      files.push(before ? { file, values: kept, before } : { file, values: kept });
    }
  }
  for (const { ns } of input.sources) {
    const values = (bySource.get(ns) ?? []).map((s) => [s.key, s.text] as [string, string]);
    files.push({ file: localeFilePath(config.locales, config.source, ns), values });
  }

  const billed = { ...prior.billed };
  for (const [name, characters] of Object.entries(input.report.billedBy ?? {})) {
    billed[name] = (billed[name] ?? 0) + characters;
  }
  // Which files differ from what they hold, formatted before anything is written so that a key
  // clash stops the run with every file untouched.
  const toWrite: Array<{ file: string; text: string }> = [];
  for (const { file, values, before } of files) {
    const current = before ?? (await readLocaleFile(file).catch(() => undefined));
    if (!sameEntries(current, values)) toWrite.push({ file, text: formatFile(file, values) });
  }
  if (toWrite.length === 0 && !lockChanged) return;
  await writeLock(config.lock, journalLock(prior.lock, entries, billed));
  // Each file is flushed to disk before its rename; a few at a time overlap those waits. Order
  // does not matter: the journal lock is already written and the final lock waits for all.
  const limit = pLimit(16);
  await Promise.all(toWrite.map(({ file, text }) => limit(() => writeFileAtomic(file, text))));
  await writeLock(config.lock, { version: 1, entries, billed });
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
  current: ReadonlyMap<string, string> | undefined,
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
