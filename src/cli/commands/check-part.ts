// One thread's part of a large `tolk check`: some namespaces, in every language the run checks.
// Its files and entries are checked whole here; the check across a language (`inconsistent`)
// needs every part, so the part first digests its translations, and once the digests of all
// parts are merged, returns the uses of the sources translated more than one way.

import { parentPort, workerData } from 'node:worker_threads';
import { inconsistentCheck } from '../../checks/inconsistent.js';
import {
  digestLanguages,
  type InconsistentUse,
  type TranslationDigest,
  usesOfVaried,
} from '../../checks/inconsistent-parts.js';
import type { CheckFile } from '../../checks/index.js';
import { isEnabled, runFileChecks } from '../../checks/run-checks.js';
import { loadConfig, type TolkConfig } from '../../config/index.js';
import { type SourcePosition, UserError } from '../../errors.js';
import type { LocaleFileRef } from '../../locales/index.js';
import type { Finding } from '../../types.js';
import {
  type CheckFilters,
  collectCheckRun,
  READ_DONE,
  READ_START,
  type ReadProgress,
} from './collect-check-run.js';
import { readLockShare } from './read-lock-share.js';
import { selectTargets } from './select-targets.js';

/** The module a check thread loads. */
export const PART_MODULE = import.meta.url;

export interface PartRequest {
  cwd: string;
  filters: CheckFilters;
  /** Every part's namespaces, by part: the lock entries of all others go to part 0. */
  shares: string[][];
  /** This part's index in `shares`. */
  index: number;
  /** The project's locale files, as the main thread listed them. */
  refs: LocaleFileRef[];
}

/** By language: the part's digest of its translations. */
export type Digests = Record<string, TranslationDigest>;
/** By language: the hashes of the sources translated more than one way over all parts. */
export type Varied = Record<string, number[]>;

/** A use of a varied source, with the place a finding on it would point at. */
export interface PostedUse extends InconsistentUse {
  file?: string;
  line?: number;
}

export interface PartFindings {
  /** The findings of each of the part's files, in the part's file order. */
  files: Array<{ lang: string; ns: string; findings: Finding[] }>;
  uses: Record<string, PostedUse[]>;
}

/** `rank` orders failures as one thread would meet them (see `ReadProgress`). */
export interface PartFailure {
  failure: { error: Error; rank: number };
}

export type PartOutcome = PartFindings | PartFailure;

/** Whether a lock entry is this part's to parse: every entry is exactly one part's. */
function ownsLockEntry(config: TolkConfig, request: PartRequest) {
  const targets = new Set(selectTargets(config, request.filters.langs).targets);
  const owner = new Map<string, number>();
  request.shares.forEach((namespaces, index) => {
    for (const ns of namespaces) owner.set(ns, index);
  });
  return (lang: string, ns: string) =>
    (targets.has(lang) ? (owner.get(ns) ?? 0) : 0) === request.index;
}

function byLanguage(files: readonly CheckFile[]): Map<string, CheckFile[]> {
  const languages = new Map<string, CheckFile[]>();
  for (const file of files) {
    const group = languages.get(file.lang);
    if (group) group.push(file);
    else languages.set(file.lang, [file]);
  }
  return languages;
}

/**
 * Checks one part. `exchange` takes the part's digests and gives the merged varied sources; the
 * part checks its files while the other parts' digests arrive.
 */
export async function checkPart(
  config: TolkConfig,
  request: PartRequest,
  exchange: (digests: Digests) => Promise<Varied>,
): Promise<PartOutcome> {
  const progress: ReadProgress = { at: READ_START };
  const mine = ownsLockEntry(config, request);
  try {
    const run = await collectCheckRun(config, request.filters, {
      readLockOf: (file) => readLockShare(file, mine),
      part: new Set(request.shares[request.index]),
      progress,
      refs: request.refs,
    });
    const languages = byLanguage(run.files);
    const digests: Digests = isEnabled(inconsistentCheck, run) ? digestLanguages(run.files) : {};
    const merged = exchange(digests);
    // Another part may fail meanwhile: its error is the one reported, not this wait's.
    merged.catch(() => {});
    const perFile = runFileChecks(run);
    const varied = await merged;
    const uses: Record<string, PostedUse[]> = {};
    for (const [lang, hashes] of Object.entries(varied)) {
      const files = languages.get(lang);
      if (!files || hashes.length === 0) continue;
      uses[lang] = usesOfVaried(files, new Set(hashes)).map(({ file, ...use }) => {
        const posted: PostedUse = use;
        if (file.file) posted.file = file.file;
        const line = file.lines?.get(use.key);
        if (line !== undefined) posted.line = line;
        return posted;
      });
    }
    return {
      files: run.files.map((file, i) => ({ lang: file.lang, ns: file.ns, findings: perFile[i]! })),
      uses,
    };
  } catch (error) {
    const failed = error instanceof Error ? error : new Error(String(error));
    return { failure: { error: failed, rank: progress.at } };
  }
}

/**
 * A file's findings as a thread posts them: column by column, with what every finding of one file
 * shares (language, namespace, path) once. Copying ~100 000 finding objects between threads cost
 * the main thread ~0.2 s; columns of strings and numbers cost a fraction of that.
 */
interface PostedFile {
  lang: string;
  ns: string;
  file: string | undefined;
  keys: string[];
  checks: string[];
  severities: Finding['severity'][];
  messages: string[];
  /** 0 where the key's line is not known. */
  lines: Int32Array;
}

function packFile({ lang, ns, findings }: PartFindings['files'][number]): PostedFile {
  const lines = new Int32Array(findings.length);
  findings.forEach((finding, i) => {
    lines[i] = finding.line ?? 0;
  });
  return {
    lang,
    ns,
    file: findings[0]?.file,
    keys: findings.map((f) => f.key),
    checks: findings.map((f) => f.check),
    severities: findings.map((f) => f.severity),
    messages: findings.map((f) => f.message),
    lines,
  };
}

/** The findings of a posted file, each as `findingAt` builds it (same fields, same order). */
export function unpackFile(posted: PostedFile): PartFindings['files'][number] {
  const { lang, ns, file } = posted;
  const findings = posted.keys.map((key, i): Finding => {
    const finding: Finding = {
      lang,
      ns,
      key,
      check: posted.checks[i]!,
      severity: posted.severities[i]!,
      message: posted.messages[i]!,
    };
    if (file) finding.file = file;
    const line = posted.lines[i]!;
    if (line > 0) finding.line = line;
    return finding;
  });
  return { lang, ns, findings };
}

/** What a check thread posts: its digests first, then its findings; or its failure instead. */
export type PartMessage =
  | { digests: Digests }
  | { files: PostedFile[]; uses: PartFindings['uses'] }
  | { failure: PostedError; rank: number };

interface PostedError {
  name: string;
  message: string;
  stack?: string;
  position?: SourcePosition;
}

function postError(error: Error): PostedError {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : { stack: error.stack }),
    ...(error instanceof UserError && error.position ? { position: error.position } : {}),
  };
}

/** The thread's error as this thread would have thrown it: a UserError stays one. */
export function reviveError(error: PostedError): Error {
  const revived = error.name === 'UserError' ? new UserError('') : new Error('');
  revived.message = error.message;
  if (error.stack !== undefined) revived.stack = error.stack;
  if (error.position) Object.assign(revived, { position: error.position });
  return revived;
}

/** The body of a check thread: checks its part, talking to the main thread over `parentPort`. */
export async function runCheckThread(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runCheckThread runs in a worker thread.');
  const post = (message: PartMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  const request = workerData as PartRequest;
  let outcome: PartOutcome;
  try {
    outcome = await checkPart(await loadConfig(request.cwd), request, (digests) => {
      // The digests' numbers move to the main thread rather than being copied.
      const buffers = Object.values(digests).flatMap((d) => [
        d.sources.buffer as ArrayBuffer,
        d.targets.buffer as ArrayBuffer,
      ]);
      const reply = new Promise<Varied>((resolve) =>
        port.once('message', (message: { varied: Varied }) => resolve(message.varied)),
      );
      post({ digests }, buffers);
      return reply;
    });
  } catch (error) {
    // The config was read once by the main thread: failing here is failing after every read.
    outcome = { failure: { error: error as Error, rank: READ_DONE } };
  }
  if ('failure' in outcome) {
    post({ failure: postError(outcome.failure.error), rank: outcome.failure.rank });
  } else {
    const files = outcome.files.map(packFile);
    post(
      { files, uses: outcome.uses },
      files.map((file) => file.lines.buffer as ArrayBuffer),
    );
  }
  port.close();
}
