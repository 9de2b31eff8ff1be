// Writes what the run produced: the lock's journal first, then the locale files, then the lock,
// so a crash at any point leaves files a rerun can trust.

import { nestedRecord } from '../collections.js';
import type { TolkConfig } from '../config/index.js';
import type { SourceText } from '../content/read-source.js';
import {
  type JournaledLock,
  localeFilePath,
  readLocaleFile,
  writeLocaleFile,
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

export async function writeResults(input: WriteInput): Promise<void> {
  const { config, prior } = input;
  const entries: LockEntries = structuredClone(prior.lock);
  const pending: LockEntries = {};
  const files: Array<{ file: string; values: Array<[string, string]> }> = [];

  for (const plan of input.plans) {
    const lang = plan.lang;
    // The language's own keys: plural families hold exactly the categories it needs.
    const segments = expandPluralSegments(input.segments, lang);
    for (const { ns } of input.sources) {
      const values: Array<[string, string]> = [];
      const lockKeys: Record<string, LockEntry> = {};
      for (const segment of segments) {
        if (segment.ns !== ns) continue;
        const fresh = input.report.translated?.get(lang)?.get(ns)?.get(segment.key);
        const kept = plan.kept.get(ns)?.get(segment.key);
        if (fresh) {
          values.push([segment.key, fresh.value]);
          lockKeys[segment.key] = fresh.entry;
          nestedRecord(pending, lang, ns)[segment.key] = fresh.entry;
        } else if (kept) {
          values.push([segment.key, kept.value]);
          lockKeys[segment.key] = kept.entry;
          nestedRecord(pending, lang, ns)[segment.key] = kept.entry;
        } else {
          // Not translated this time (the run stopped): keep what the file had, with its old entry.
          const old = prior.files.get(lang)?.get(ns)?.get(segment.key);
          const oldEntry = prior.lock[lang]?.[ns]?.[segment.key];
          if (old !== undefined) values.push([segment.key, old]);
          if (old !== undefined && oldEntry) lockKeys[segment.key] = oldEntry;
        }
      }
      entries[lang] = { ...entries[lang], [ns]: lockKeys };
      files.push({ file: localeFilePath(config.locales, lang, ns), values });
    }
  }
  for (const { ns } of input.sources) {
    const values = input.segments
      .filter((s) => s.ns === ns)
      .map((s) => [s.key, s.text] as [string, string]);
    files.push({ file: localeFilePath(config.locales, config.source, ns), values });
  }

  const billed = { ...prior.billed };
  for (const [name, characters] of Object.entries(input.report.billedBy ?? {})) {
    billed[name] = (billed[name] ?? 0) + characters;
  }
  const lock: JournaledLock = { version: 1, entries: prior.lock, billed: prior.billed, pending };
  await writeLock(config.lock, lock);
  for (const { file, values } of files) {
    if (await unchanged(file, values)) continue;
    await writeLocaleFile(file, values);
  }
  await writeLock(config.lock, { version: 1, entries, billed });
}

async function unchanged(
  file: string,
  values: ReadonlyArray<readonly [string, string]>,
): Promise<boolean> {
  const current = await readLocaleFile(file).catch(() => undefined);
  if (!current || current.size !== values.length) return false;
  let i = 0;
  for (const [key, value] of current) {
    const [k, v] = values[i++]!;
    if (k !== key || v !== value) return false;
  }
  return true;
}
