// What `tolk check` reads: the plan of locale files to check, in the order one thread reads them,
// and the run read along it (source and target files, lock, glossary).

import { relative } from 'node:path';
import type { CheckFile, CheckRun } from '../../checks/index.js';
import { getOrCreate } from '../../collections.js';
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
import type { LockEntries } from '../../types.js';
import type { LockShare } from './read-lock-share.js';
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

export interface CollectOptions {
  /**
   * May leave out lock entries, to parse as their files are opened (`LockShare.more`). `plan` is
   * every file of the run, the part's and others'.
   */
  openLock?: (file: string, plan: readonly PlannedFile[]) => Promise<LockShare>;
  /** Check only the plan's files of these namespaces (one thread's part). */
  part?: ReadonlySet<string>;
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
  return (await collect(config, filters, options, true)).run;
}

/** A run whose target files are read when their checks need them. */
export interface LazyCheckRun {
  run: CheckRun;
  /** Reads the file's target values, their lines and its lock entries, once until closed. */
  open(file: CheckFile): void;
  /** Lets go of what `open` read, so that a large project is never held whole. */
  close(file: CheckFile): void;
  /**
   * The files of a namespace outside the part, every language's, with its source read: a thread
   * that is done takes over namespaces another has not started. Undefined when the lock has a
   * journal, which is settled against the part's files alone.
   */
  take?: (ns: string) => CheckFile[];
}

/**
 * The run with its sources, lock and glossary read and each target file left for `open`. A lock
 * with a journal is settled against every target file, so then all are read here and kept.
 */
export function collectLazyCheckRun(
  config: TolkConfig,
  filters: CheckFilters = {},
  options: CollectOptions = {},
): Promise<LazyCheckRun> {
  return collect(config, filters, options, false);
}

/** `eager`: every file read in plan order (each namespace's source, then the target). */
async function collect(
  config: TolkConfig,
  filters: CheckFilters,
  options: CollectOptions,
  eager: boolean,
): Promise<LazyCheckRun> {
  const { openLock = readWholeLock, part } = options;
  const refs = options.refs ?? (await findLocaleFiles(config.locales));
  const plan = planCheckFiles(config, refs, filters);
  // Eager, the lock is read first, for the order of errors one thread meets. Lazy (a thread's
  // part), after the sources: the threads then reach it together and share its read.
  let share = eager ? await openLock(config.lock, plan) : undefined;
  const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
  // Each source once, however many languages translate it.
  const sourceValues = new Map<string, ReadonlyMap<string, string> | undefined>();
  const readSource = (file: string) => {
    if (!sourceValues.has(file)) sourceValues.set(file, readLocaleFileWithLinesSync(file)?.values);
    return sourceValues.get(file);
  };
  const targetFiles = new Map<CheckFile, string | undefined>();
  // Set from the lock before any file is opened: eager, at once; lazy, once the sources are read.
  let entries: LockEntries = {};
  let more: LockShare['more'] = () => undefined;
  const useLock = (read: LockShare) => {
    entries = read.lock.entries;
    more = read.more;
  };
  if (share) useLock(share);
  const opened = new Set<CheckFile>();
  const open = (file: CheckFile) => {
    if (opened.has(file)) return;
    opened.add(file);
    const path = targetFiles.get(file);
    const target = path === undefined ? undefined : readLocaleFileWithLinesSync(path);
    if (target) {
      file.target = target.values;
      file.lines = target.lines;
    }
    // A share of the lock parses a namespace's entries as its files are opened: they die young.
    const locked = entries[file.lang]?.[file.ns] ?? more(file.lang, file.ns);
    if (locked) file.lock = locked;
  };
  const fileOf = ({ lang, ns, source: sourceRef, target: targetRef }: PlannedFile) => {
    const source = sourceRef ? readSource(sourceRef.file) : undefined;
    const file: CheckFile = {
      lang,
      ns,
      file: relative(config.root, targetRef?.file ?? `${config.locales}/${lang}/${ns}.json`),
      source: source ?? new Map(),
      target: undefined,
    };
    targetFiles.set(file, targetRef?.file);
    return file;
  };
  const files: CheckFile[] = [];
  for (const planned of plan) {
    if (part && !part.has(planned.ns)) continue;
    const file = fileOf(planned);
    files.push(file);
    if (eager) open(file);
  }
  if (!share) {
    share = await openLock(config.lock, plan);
    useLock(share);
  }
  const { lock } = share;
  const journaled = hasJournal(lock);
  if (journaled) {
    // A run killed between writing the files and the lock leaves its entries in the lock's
    // journal; judge the files by what they hold, as the next run will.
    for (const file of files) open(file);
    // The entries the files were opened with are settled, wherever they were parsed.
    for (const file of files) {
      if (!file.lock) continue;
      const namespaces = lock.entries[file.lang] ?? {};
      namespaces[file.ns] = file.lock;
      lock.entries[file.lang] = namespaces;
    }
    const byFile = new Map(files.map((file) => [`${file.lang}\u0000${file.ns}`, file]));
    entries = settleLock(lock, (lang, ns, key) => {
      const value = byFile.get(`${lang}\u0000${ns}`)?.target?.get(key);
      return value === undefined ? undefined : hashText(value);
    });
    for (const file of files) {
      const locked = entries[file.lang]?.[file.ns];
      if (locked) file.lock = locked;
      else delete file.lock;
    }
  }
  const close = (file: CheckFile) => {
    if (eager || journaled || !opened.delete(file)) return;
    file.target = undefined;
    delete file.lines;
    delete file.lock;
  };
  let planByNs: Map<string, PlannedFile[]> | undefined;
  const take = (ns: string): CheckFile[] => {
    planByNs ??= groupPlan(plan);
    return (planByNs.get(ns) ?? []).map(fileOf);
  };
  const run: CheckRun = {
    sourceLang: config.source,
    files,
    ...(glossary.terms.length > 0 ? { glossary } : {}),
    settings: config.checks,
  };
  return journaled || eager ? { run, open, close } : { run, open, close, take };
}

async function readWholeLock(file: string): Promise<LockShare> {
  return { lock: await readLock(file), more: () => undefined };
}

function groupPlan(plan: readonly PlannedFile[]): Map<string, PlannedFile[]> {
  const byNs = new Map<string, PlannedFile[]>();
  for (const planned of plan) getOrCreate(byNs, planned.ns, () => []).push(planned);
  return byNs;
}
