// One thread's part of a large `tolk check`: some namespaces, in every language the run checks.
// Its files and entries are checked whole here; the check across a language (`inconsistent`)
// needs every part, so the part first digests its translations, and once the digests of all
// parts are merged, returns the uses of the sources translated more than one way. A part done
// with its own namespaces takes over those another part has not started, from the end of its list.

import { parentPort } from 'node:worker_threads';
import { inconsistentCheck } from '../../checks/inconsistent.js';
import {
  digestLanguages,
  type InconsistentUse,
  type TranslationDigest,
  usesOfVaried,
} from '../../checks/inconsistent-parts.js';
import type { CheckFile, CheckRun } from '../../checks/index.js';
import {
  type FileHooks,
  fileCheckSteps,
  isEnabled,
  runFileChecks,
} from '../../checks/run-checks.js';
import { getOrCreate } from '../../collections.js';
import { loadConfig, type TolkConfig } from '../../config/index.js';
import type { LocaleFileRef } from '../../locales/index.js';
import type { Finding } from '../../types.js';
import {
  type CheckFilters,
  collectLazyCheckRun,
  type LazyCheckRun,
  type PlannedFile,
} from './collect-check-run.js';
import { Claims } from './part-claims.js';
import { type PartMessage, packFile, postError } from './part-messages.js';
import { openLockShare } from './read-lock-share.js';
import type { SharedLockBytes } from './shared-lock-bytes.js';

/** The module a check thread loads. */
export const PART_MODULE = import.meta.url;

export interface PartRequest {
  /** The project's directory, whose config every part loads as the main thread did. */
  root: string;
  filters: CheckFilters;
  /** Every part's namespaces, by part. */
  shares: string[][];
  /** This part's index in `shares`. */
  index: number;
  /** The project's locale files, as the main thread listed them. */
  refs: LocaleFileRef[];
  /** A flag per namespace of `shares`, set by the part that checks it (`createClaimFlags`). */
  claims: SharedArrayBuffer;
  /** Memory for the lock's bytes, read once for every part; undefined when each reads it itself. */
  lock?: SharedLockBytes | undefined;
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

/** The findings of one of a part's files. */
export interface PartFile {
  lang: string;
  ns: string;
  findings: Finding[];
}

export interface PartFindings {
  /** Each file the part checked, in the order it checked them. */
  files: PartFile[];
  uses: Record<string, PostedUse[]>;
}

/**
 * Findings handed on at a time. A thread's findings go to the main thread while it checks on, in
 * pieces of about this many: copying ~100 000 at the end cost ~0.3 s after the last check.
 */
const FINDINGS_PER_HANDOVER = 10_000;

/** How often a part lets its thread's event loop run while it checks its own namespaces. */
const TURN_EVERY_MS = 20;

/** How a part hands on what it found, and learns what all parts found. */
export interface PartExchange {
  /** The findings of some of the part's files, in the order checked: called as they are. */
  found(files: PartFile[]): void;
  /** Takes the part's digests; gives the sources translated more than one way over all parts. */
  varied(digests: Digests): Promise<Varied>;
}

export interface PartFailure {
  failure: Error;
}

export type PartOutcome = PartFindings | PartFailure;

/** What `checkPart` returns once its findings are handed on: the uses of varied sources. */
export type PartEnd = Pick<PartFindings, 'uses'> | PartFailure;

function failureOf(error: unknown): PartFailure {
  return { failure: error instanceof Error ? error : new Error(String(error)) };
}

/**
 * Whether the part parses a (language, namespace) section of the lock at the start. The sections
 * of the run's files are parsed as the files are opened, by whichever part checks them: their
 * entries then die young. The rest (languages or namespaces the run does not check) go to part 0,
 * so that every section is still checked as readLock checks it.
 */
function parsedAtStart(plan: readonly PlannedFile[], index: number) {
  if (index !== 0) return () => false;
  const files = new Set(plan.map(({ lang, ns }) => `${lang}\u0000${ns}`));
  return (lang: string, ns: string) => !files.has(`${lang}\u0000${ns}`);
}

/** One language's digest, gathered file by file as the files are checked. */
class LanguageDigest {
  private readonly sources: Float64Array[] = [];
  private readonly targets: Float64Array[] = [];
  /** Per file: the hashes of its sources, to find the files a varied source is used in. */
  readonly sourcesOf = new Map<CheckFile, Float64Array>();

  add(file: CheckFile, digest: TranslationDigest): void {
    this.sources.push(digest.sources);
    this.targets.push(digest.targets);
    this.sourcesOf.set(file, digest.sources);
  }

  /** A source may appear once per file: `variedSources` compares every appearance. */
  digest(): TranslationDigest {
    return { sources: concat(this.sources), targets: concat(this.targets) };
  }
}

function concat(arrays: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const array of arrays) {
    all.set(array, at);
    at += array.length;
  }
  return all;
}

/**
 * Checks one part. Each target file is read for its namespace's checks and let go after: a part
 * never holds its half of the project, and what it reads dies young. The few files that use a
 * varied source are read again for their uses.
 */
export async function checkPart(
  config: TolkConfig,
  request: PartRequest,
  exchange: PartExchange,
): Promise<PartEnd> {
  const claims = new Claims(request);
  try {
    const { run, open, close, take } = await collectLazyCheckRun(config, request.filters, {
      openLock: (file, plan) =>
        openLockShare(file, parsedAtStart(plan, request.index), request.lock),
      part: new Set(request.shares[request.index]),
      refs: request.refs,
    });
    const inconsistent = isEnabled(inconsistentCheck, run);
    const languages = new Map<string, LanguageDigest>();
    /** The files checked, in the order they were. */
    const checked: CheckFile[] = [];
    const handover = new Handover(exchange);
    const hooks: FileHooks = {
      open,
      close(files, findings) {
        // A namespace's files share their source: digested together, each source is hashed once.
        if (inconsistent) {
          const digests = digestLanguages(files);
          for (const file of files) {
            const digest = digests[file.lang];
            if (digest)
              getOrCreate(languages, file.lang, () => new LanguageDigest()).add(file, digest);
          }
        }
        files.forEach((file, i) => {
          close(file);
          checked.push(file);
          handover.add(file, findings[i]!);
        });
      },
      claim: (ns) => claims.claimOwn(ns),
    };
    await checkOwn(run, hooks);
    // A lock with a journal is settled against the part's own files: then nothing is taken over.
    if (take) {
      for (let ns = claims.takeOther(); ns !== undefined; ns = claims.takeOther()) {
        // A turn of the event loop between namespaces: the main thread takes in what the other
        // parts handed on meanwhile, and so takes over fewer namespaces itself.
        await new Promise((resolve) => setImmediate(resolve));
        runFileChecks({ ...run, files: take(ns) }, hooks);
      }
    }
    handover.send();
    const digests: Digests = {};
    for (const [lang, digest] of languages) digests[lang] = digest.digest();
    const varied = await exchange.varied(digests);
    const uses: Record<string, PostedUse[]> = {};
    for (const [lang, hashes] of Object.entries(varied)) {
      const digest = languages.get(lang);
      if (!digest || hashes.length === 0) continue;
      uses[lang] = usesIn(checked, digest, new Set(hashes), { open, close });
    }
    return { uses };
  } catch (error) {
    return failureOf(error);
  }
}

/**
 * Checks the part's own namespaces, with a turn of the event loop now and then between them: the
 * main thread takes in the findings the other parts hand on while it checks, not all after.
 */
async function checkOwn(run: CheckRun, hooks: FileHooks): Promise<void> {
  let turn = performance.now();
  for (const steps = fileCheckSteps(run, hooks); !steps.next().done; ) {
    if (performance.now() - turn < TURN_EVERY_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    turn = performance.now();
  }
}

/** A part's findings, handed on in pieces of about `FINDINGS_PER_HANDOVER` as files are checked. */
class Handover {
  private files: PartFile[] = [];
  private findings = 0;

  constructor(private readonly exchange: PartExchange) {}

  add(file: CheckFile, findings: Finding[]): void {
    this.files.push({ lang: file.lang, ns: file.ns, findings });
    this.findings += findings.length;
    if (this.findings >= FINDINGS_PER_HANDOVER) this.send();
  }

  send(): void {
    if (this.files.length > 0) this.exchange.found(this.files);
    this.files = [];
    this.findings = 0;
  }
}

/** The uses of varied sources in one language's files, in the order checked, read again where used. */
function usesIn(
  files: readonly CheckFile[],
  digest: LanguageDigest,
  varied: ReadonlySet<number>,
  { open, close }: Pick<LazyCheckRun, 'open' | 'close'>,
): PostedUse[] {
  const uses: PostedUse[] = [];
  for (const file of files) {
    const sources = digest.sourcesOf.get(file);
    if (!sources?.some((hash) => varied.has(hash))) continue;
    open(file);
    for (const { file: _, ...use } of usesOfVaried([file], varied)) {
      const posted: PostedUse = use;
      if (file.file) posted.file = file.file;
      const line = file.lines?.get(use.key);
      if (line !== undefined) posted.line = line;
      uses.push(posted);
    }
    close(file);
  }
  return uses;
}

/** The body of a check thread: checks its part, talking to the main thread over `parentPort`. */
export async function runCheckThread(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runCheckThread runs in a worker thread.');
  const post = (message: PartMessage, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer);
  // Started before its part is known: the part comes as the first message.
  const request = await new Promise<PartRequest>((resolve) => port.once('message', resolve));
  let outcome: PartEnd;
  try {
    outcome = await checkPart(await loadConfig(request.root), request, {
      // Posted as the part goes: the main thread takes them in between the namespaces it checks.
      found(files) {
        const posted = files.map(packFile);
        post(
          { files: posted },
          posted.map((file) => file.lines.buffer as ArrayBuffer),
        );
      },
      varied(digests) {
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
      },
    });
  } catch (error) {
    // Only the config can fail here: checkPart turns its own errors into a failure.
    outcome = failureOf(error);
  }
  post('failure' in outcome ? { failure: postError(outcome.failure) } : { uses: outcome.uses });
  port.close();
}
