// `tolk check`: loads the locale files, the lock and the glossary, runs the consistency checks and
// reports them. Exit 1 when an error-level finding remains.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import {
  CHECK_IDS,
  CHECKS,
  type CheckFile,
  type CheckRun,
  formatFindingsInChunks,
  REPORT_FORMATS,
  type ReportFormat,
  runChecks,
} from '../../checks/index.js';
import { loadConfig, suggestName, type TolkConfig } from '../../config/index.js';
import { type SourcePosition, UserError } from '../../errors.js';
import { readGlossary } from '../../glossary/index.js';
import {
  findLocaleFiles,
  hashText,
  type JournaledLock,
  readLocaleFileWithLinesSync,
  readLock,
  settleLock,
} from '../../locales/index.js';
import type { Finding } from '../../types.js';
import type { Command } from '../command.js';
import { readLockShare } from './read-lock-share.js';
import { listOption, selectTargets } from './select-targets.js';

export interface CheckFilters {
  langs?: readonly string[];
  namespaces?: readonly string[];
}

function hasJournal(lock: JournaledLock): boolean {
  return Object.keys(lock.pending ?? {}).length > 0 || Object.keys(lock.previous ?? {}).length > 0;
}

/**
 * Reads everything `runChecks` needs from a project: source and target files, lock, glossary.
 * `readLockOf` may leave out the entries of languages the run does not check.
 */
export async function collectCheckRun(
  config: TolkConfig,
  filters: CheckFilters = {},
  readLockOf: (file: string) => Promise<JournaledLock> = readLock,
): Promise<CheckRun> {
  const selected = selectTargets(config, filters.langs);
  const refs = await findLocaleFiles(config.locales);
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
  const lock = await readLockOf(config.lock);
  const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
  // Thousands of articles make thousands of files per language: look them up, never scan.
  const sourceByNs = new Map(sources.map((r) => [r.ns, r]));
  const refByFile = new Map(refs.map((r) => [`${r.lang}/${r.ns}`, r]));
  // Each source once, however many languages translate it.
  const sourceValues = new Map<string, ReadonlyMap<string, string> | undefined>();
  const readSource = (file: string) => {
    if (!sourceValues.has(file)) sourceValues.set(file, readLocaleFileWithLinesSync(file)?.values);
    return sourceValues.get(file);
  };
  const files: CheckFile[] = [];
  for (const lang of selected.targets) {
    const targetNamespaces = refs.filter((r) => r.lang === lang).map((r) => r.ns);
    for (const ns of [...new Set([...namespaces, ...targetNamespaces])]) {
      if (!wanted(ns)) continue;
      const sourceRef = sourceByNs.get(ns);
      const targetRef = refByFile.get(`${lang}/${ns}`);
      const source = sourceRef ? readSource(sourceRef.file) : undefined;
      const target = targetRef ? readLocaleFileWithLinesSync(targetRef.file) : undefined;
      files.push({
        lang,
        ns,
        file: relative(config.root, targetRef?.file ?? `${config.locales}/${lang}/${ns}.json`),
        source: source ?? new Map(),
        target: target?.values,
        ...(target ? { lines: target.lines } : {}),
      });
    }
  }
  const byFile = new Map<string, CheckFile>();
  for (const file of files) {
    const id = `${file.lang}\u0000${file.ns}`;
    if (!byFile.has(id)) byFile.set(id, file);
  }
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

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the translations: keys, numbers, placeholders, glossary terms, language and more',
  usage: [
    'tolk check [--format text|json|github|markdown] [--lang L]... [--ns N]...',
    '',
    `Checks: ${CHECK_IDS.join(', ')}.`,
    'Set a check\'s severity (error, warning, info) or turn it off under "checks:" in tolk.config.yaml.',
    'Exit 1 when an error-level finding remains, 0 otherwise.',
  ].join('\n'),
  options: {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', multiple: true },
    ns: { type: 'string', multiple: true },
  },
  async run({ values }, io) {
    const format = values.format ?? 'text';
    if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UserError(
        `Could not check: --format must be one of ${REPORT_FORMATS.join(', ')}, not "${String(format)}".`,
      );
    }
    const config = await loadConfig(io.cwd);
    assertKnownChecks(config);
    const filters: CheckFilters = {};
    const langs = listOption(values.lang);
    const namespaces = listOption(values.ns);
    if (langs) filters.langs = langs;
    if (namespaces) filters.namespaces = namespaces;
    const findings = await checkProject(config, filters, io.cwd);
    // The findings are this run's own objects: rename their files in place, each file once.
    const cwdFiles = new Map<string, string>();
    for (const f of findings) {
      if (!f.file) continue;
      let file = cwdFiles.get(f.file);
      if (file === undefined) {
        file = toCwd(config, io.cwd, f.file);
        cwdFiles.set(f.file, file);
      }
      f.file = file;
    }
    for (const chunk of formatFindingsInChunks(findings, format as ReportFormat)) io.stdout(chunk);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/**
 * From this many locale files a check is split by language over threads; below it, a thread's
 * start and its own read of the lock and the sources cost more than they save.
 */
const THREADS_FROM_FILES = 2000;
/** Each thread reads the sources and its part of the lock itself: memory grows with threads. */
const MAX_THREADS = 4;
/** What a check thread is asked to do (see `runCheckThread`). */
interface ThreadRequest {
  cwd: string;
  filters: CheckFilters;
  /**
   * The languages whose lock entries this thread parses and checks: its own, and for the first
   * thread also those of languages no thread checks, so that the whole lock is still checked.
   */
  lockLangs: { only: string[] } | { except: string[] };
}

type ThreadReply =
  | { findings: Finding[] }
  | {
      error: { name: string; message: string; stack?: string; position?: SourcePosition };
      /** The lock could not be read: one thread would have stopped there, before any file. */
      lock: boolean;
    };

type ShareResult = { findings: Finding[] } | { error: Error; lock: boolean };

/**
 * Every finding of the project, as `runChecks(await collectCheckRun(config, filters))` gives them.
 * A large project is split by language over up to `threads` threads (one per core by default):
 * each checks a run of consecutive target languages, and the parts are put back in that order.
 */
export async function checkProject(
  config: TolkConfig,
  filters: CheckFilters,
  cwd: string,
  threads?: number,
): Promise<Finding[]> {
  const targets = selectTargets(config, filters.langs).targets;
  const count =
    threads ??
    ((await findLocaleFiles(config.locales)).length >= THREADS_FROM_FILES
      ? Math.min(availableParallelism(), MAX_THREADS)
      : 1);
  const shares = shareLanguages(targets, count);
  if (shares.length < 2) return runChecks(await collectCheckRun(config, filters));
  const requests: ThreadRequest[] = shares.map((langs, i) => ({
    cwd,
    filters: { ...filters, langs },
    lockLangs: i === 0 ? { except: shares.slice(1).flat() } : { only: langs },
  }));
  const others = requests.slice(1).map(startCheckThread);
  try {
    const own = await checkShare(config, requests[0]!);
    const results = [
      { status: 'fulfilled', value: own } as const,
      ...(await Promise.allSettled(others.map((t) => t.result))),
    ];
    // One thread reads the whole lock before any locale file, so a broken lock is the error it
    // meets; each thread here reads only its part. Otherwise parts fail in language order, as
    // one thread would.
    const lockFailure = results.find(
      (r) => r.status === 'fulfilled' && 'error' in r.value && r.value.lock,
    );
    if (lockFailure?.status === 'fulfilled' && 'error' in lockFailure.value) {
      throw lockFailure.value.error;
    }
    const found: Finding[][] = [];
    for (const result of results) {
      if (result.status === 'rejected') throw result.reason;
      if ('error' in result.value) throw result.value.error;
      found.push(result.value.findings);
    }
    return mergeParts(found);
  } finally {
    for (const thread of others) void thread.stop();
  }
}

/** `langs` in up to `count` runs of consecutive languages, as even as they divide. */
function shareLanguages(langs: readonly string[], count: number): string[][] {
  const n = Math.max(1, Math.min(count, langs.length));
  const shares: string[][] = [];
  let from = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(langs.length / n) + (i < langs.length % n ? 1 : 0);
    shares.push(langs.slice(from, from + size));
    from += size;
  }
  return shares;
}

/**
 * runChecks returns the findings of files and entries in file order (language by language),
 * then those of language-wide checks, check by check and within a check language by language.
 * Parts over consecutive languages therefore join as their file findings in part order, then,
 * for each language-wide check, its findings from every part in part order.
 */
function mergeParts(parts: readonly Finding[][]): Finding[] {
  const languageWide = CHECKS.filter((c) => c.scope === 'language').map((c) => c.id as string);
  const byFile = parts.flatMap((part) => part.filter((f) => !languageWide.includes(f.check)));
  const byLanguage = languageWide.flatMap((id) =>
    parts.flatMap((part) => part.filter((f) => f.check === id)),
  );
  return [...byFile, ...byLanguage];
}

/** Starts a thread checking some languages; `result` is its part or its error. */
function startCheckThread(request: ThreadRequest): {
  result: Promise<ShareResult>;
  stop: () => Promise<number>;
} {
  const self = import.meta.url;
  // From source (through tsx, as bin/tolk.mjs runs the repository) the thread needs tsx too.
  const tsx = self.endsWith('.ts') ? resolveTsx() : undefined;
  const load = `import(${JSON.stringify(self)}).then((m) => m.runCheckThread())`;
  const code = tsx
    ? `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return ${load}; })`
    : load;
  const worker = new Worker(code, { eval: true, workerData: request });
  const result = new Promise<ShareResult>((resolve, reject) => {
    worker.once('message', (reply: ThreadReply) => {
      resolve('findings' in reply ? reply : { error: reviveError(reply.error), lock: reply.lock });
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(
        new Error(
          `The check thread for ${request.filters.langs?.join(', ')} stopped (exit code ${code}).`,
        ),
      ),
    );
  });
  // A part the caller no longer waits for must not surface as unhandled.
  result.catch(() => {});
  return { result, stop: () => worker.terminate() };
}

function resolveTsx(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/** Checks one share of the languages, reading only its part of the lock. */
async function checkShare(config: TolkConfig, request: ThreadRequest): Promise<ShareResult> {
  const { lockLangs } = request;
  const mine =
    'only' in lockLangs
      ? (lang: string) => lockLangs.only.includes(lang)
      : (lang: string) => !lockLangs.except.includes(lang);
  let lockFailed = false;
  const readLockPart = (file: string) =>
    readLockShare(file, mine).catch((error: unknown) => {
      lockFailed = true;
      throw error;
    });
  try {
    return { findings: runChecks(await collectCheckRun(config, request.filters, readLockPart)) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)), lock: lockFailed };
  }
}

/** The body of a check thread: checks its languages and posts the findings or the error. */
export async function runCheckThread(): Promise<void> {
  const request = workerData as ThreadRequest;
  let result: ShareResult;
  try {
    result = await checkShare(await loadConfig(request.cwd), request);
  } catch (error) {
    result = { error: error instanceof Error ? error : new Error(String(error)), lock: false };
  }
  if ('findings' in result) {
    parentPort?.postMessage(result satisfies ThreadReply);
    return;
  }
  const e = result.error;
  const reply: ThreadReply = {
    error: {
      name: e.name,
      message: e.message,
      ...(e.stack === undefined ? {} : { stack: e.stack }),
      ...(e instanceof UserError && e.position ? { position: e.position } : {}),
    },
    lock: result.lock,
  };
  parentPort?.postMessage(reply);
}

/** The thread's error as this thread would have thrown it: a UserError stays one. */
function reviveError(error: Extract<ThreadReply, { error: unknown }>['error']): Error {
  const revived = error.name === 'UserError' ? new UserError('') : new Error('');
  revived.message = error.message;
  if (error.stack !== undefined) revived.stack = error.stack;
  if (error.position) Object.assign(revived, { position: error.position });
  return revived;
}

/** Findings name files relative to the working directory, as GitHub annotations need. */
function toCwd(config: TolkConfig, cwd: string, file: string): string {
  return relative(cwd, `${config.root}/${file}`) || file;
}

/** A misspelt id under `checks:` would silently do nothing; say which one and what was meant. */
function assertKnownChecks(config: TolkConfig): void {
  for (const id of Object.keys(config.checks)) {
    if ((CHECK_IDS as readonly string[]).includes(id)) continue;
    const hint = suggestName(id, CHECK_IDS);
    throw new UserError(
      `Could not load the config: "checks" names "${id}", which is not a check. ${hint ? `Did you mean "${hint}"? ` : ''}Known checks: ${CHECK_IDS.join(', ')}.`,
      { position: { file: config.file ?? 'tolk.config.yaml' } },
    );
  }
}
