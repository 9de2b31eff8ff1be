// What `tolk check` reads: the plan of locale files to check, in the order one thread reads them,
// and the run read along it (source and target files, lock, glossary).

import { relative } from 'node:path';
import type { CheckFile, CheckRun } from '../../checks/index.js';
import type { TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { readGlossary } from '../../glossary/index.js';
import {
  findLocaleFiles,
  hashText,
  type JournaledLock,
  type LocaleFileRef,
  readLocaleFileWithLinesSync,
  readLock,
  settleLock,
} from '../../locales/index.js';
import { selectTargets } from './select-targets.js';

export interface CheckFilters {
  langs?: readonly string[];
  namespaces?: readonly string[];
}

/** One target file to check, beside the source file of its namespace. */
export interface PlannedFile {
  lang: string;
  ns: string;
  source: LocaleFileRef | undefined;
  target: LocaleFileRef | undefined;
}

/**
 * The target files a check covers, language by language and within a language namespace by
 * namespace (the source's namespaces, then those only the language has). Throws the errors a
 * user's filters can cause, before anything is read.
 */
export function planCheckFiles(
  config: TolkConfig,
  refs: readonly LocaleFileRef[],
  filters: CheckFilters = {},
): PlannedFile[] {
  const selected = selectTargets(config, filters.langs);
  const sources = refs.filter((r) => r.lang === config.source);
  if (sources.length === 0) {
    throw new UserError(
      `Could not check the locale files: ${relative(config.root, config.locales) || '.'}/${config.source}/ holds no .json file. Run \`tolk translate\` first, or set "locales" and "source" in tolk.config.yaml.`,
    );
  }
  const namespaces = new Set(sources.map((r) => r.ns));
  for (const ns of filters.namespaces ?? []) {
    if (!namespaces.has(ns)) {
      throw new UserError(
        `Could not check --ns ${ns}: there is no ${config.source}/${ns}.json. Pick one of ${[...namespaces].join(', ')}.`,
      );
    }
  }
  const wanted = (ns: string) => !filters.namespaces?.length || filters.namespaces.includes(ns);
  // Thousands of articles make thousands of files per language: look them up, never scan.
  const sourceByNs = new Map(sources.map((r) => [r.ns, r]));
  const refByFile = new Map(refs.map((r) => [`${r.lang}/${r.ns}`, r]));
  const plan: PlannedFile[] = [];
  for (const lang of selected.targets) {
    const targetNamespaces = refs.filter((r) => r.lang === lang).map((r) => r.ns);
    for (const ns of new Set([...namespaces, ...targetNamespaces])) {
      if (!wanted(ns)) continue;
      plan.push({ lang, ns, source: sourceByNs.get(ns), target: refByFile.get(`${lang}/${ns}`) });
    }
  }
  return plan;
}

/**
 * Where a read stands, for a thread that checks part of the plan to say which error one thread
 * would have met first: the lock, then the glossary, then the plan's files in order.
 */
export interface ReadProgress {
  at: number;
}
/** Nothing read yet: only the filters can have failed, and they fail alike in every part. */
export const READ_START = -3;
export const READING_LOCK = -2;
export const READING_GLOSSARY = -1;
/** The file read at plan index `index` (its namespace's source first, the first time it is needed). */
export function readingFile(index: number, side: 'source' | 'target'): number {
  return index * 2 + (side === 'source' ? 0 : 1);
}
export const READ_DONE = Number.POSITIVE_INFINITY;

export interface CollectOptions {
  /** May leave out the lock entries of files the run does not check. */
  readLockOf?: (file: string) => Promise<JournaledLock>;
  /** Check only the plan's files of these namespaces (one thread's part). */
  part?: ReadonlySet<string>;
  progress?: ReadProgress;
  /** The locale files when already listed (`findLocaleFiles`): each listing is ~0.1 s at 25 000. */
  refs?: readonly LocaleFileRef[];
}

function hasJournal(lock: JournaledLock): boolean {
  return Object.keys(lock.pending ?? {}).length > 0 || Object.keys(lock.previous ?? {}).length > 0;
}

/** Reads everything `runChecks` needs from a project: source and target files, lock, glossary. */
export async function collectCheckRun(
  config: TolkConfig,
  filters: CheckFilters = {},
  options: CollectOptions = {},
): Promise<CheckRun> {
  const { readLockOf = readLock, part, progress = { at: READ_START } } = options;
  const refs = options.refs ?? (await findLocaleFiles(config.locales));
  const plan = planCheckFiles(config, refs, filters);
  progress.at = READING_LOCK;
  const lock = await readLockOf(config.lock);
  progress.at = READING_GLOSSARY;
  const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
  // Each source once, however many languages translate it.
  const sourceValues = new Map<string, ReadonlyMap<string, string> | undefined>();
  const readSource = (file: string) => {
    if (!sourceValues.has(file)) sourceValues.set(file, readLocaleFileWithLinesSync(file)?.values);
    return sourceValues.get(file);
  };
  const files: CheckFile[] = [];
  plan.forEach(({ lang, ns, source: sourceRef, target: targetRef }, index) => {
    if (part && !part.has(ns)) return;
    progress.at = readingFile(index, 'source');
    const source = sourceRef ? readSource(sourceRef.file) : undefined;
    progress.at = readingFile(index, 'target');
    const target = targetRef ? readLocaleFileWithLinesSync(targetRef.file) : undefined;
    files.push({
      lang,
      ns,
      file: relative(config.root, targetRef?.file ?? `${config.locales}/${lang}/${ns}.json`),
      source: source ?? new Map(),
      target: target?.values,
      ...(target ? { lines: target.lines } : {}),
    });
  });
  progress.at = READ_DONE;
  const byFile = new Map(files.map((file) => [`${file.lang}\u0000${file.ns}`, file]));
  // A run killed between writing the files and the lock leaves its entries in the lock's journal;
  // judge the files by what they hold, as the next run will. Without a journal there is nothing to
  // settle, and copying a newsroom's lock (hundreds of thousands of entries) costs seconds.
  const settled = hasJournal(lock)
    ? settleLock(lock, (lang, ns, key) => {
        const value = byFile.get(`${lang}\u0000${ns}`)?.target?.get(key);
        return value === undefined ? undefined : hashText(value);
      })
    : lock.entries;
  for (const file of files) {
    const entries = settled[file.lang]?.[file.ns];
    if (entries) file.lock = entries;
  }
  return {
    sourceLang: config.source,
    files,
    ...(glossary.terms.length > 0 ? { glossary } : {}),
    settings: config.checks,
  };
}
