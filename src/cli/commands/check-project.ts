// `tolk check` over a large project: the namespaces are shared out between threads (this one and
// workers), each part checks its namespaces in every language (and takes over those another part
// has not reached when it is done), and the parts' findings are put back in the order one thread
// gives them.

import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { inconsistentCheck, judgeUses } from '../../checks/inconsistent.js';
import { variedSources } from '../../checks/inconsistent-parts.js';
import { type CheckRun, runChecks } from '../../checks/index.js';
import { findingAt, isEnabled } from '../../checks/run-checks.js';
import type { TolkConfig } from '../../config/index.js';
import { findLocaleFiles } from '../../locales/index.js';
import type { Finding } from '../../types.js';
import {
  checkPart,
  type Digests,
  PART_MODULE,
  type PartFailure,
  type PartFile,
  type PartFindings,
  type PartOutcome,
  type PartRequest,
  type Varied,
} from './check-part.js';
import {
  type CheckFilters,
  collectCheckRun,
  type PlannedFile,
  planCheckFiles,
} from './collect-check-run.js';
import { createClaimFlags } from './part-claims.js';
import { type PartMessage, reviveError, unpackFile } from './part-messages.js';
import { shareLockBytes } from './shared-lock-bytes.js';

/**
 * From this many locale files a check is split over threads; below it, a thread's start and its
 * own read of the lock cost more than they save.
 */
const THREADS_FROM_FILES = 2000;
/** Each thread holds its share of the lock and of the sources: memory grows a little with threads. */
const MAX_THREADS = 4;

/**
 * Every finding of the project, as `runChecks(await collectCheckRun(config, filters))` gives them.
 * A large project is split by namespace over up to `threads` threads (one per core by default).
 */
export async function checkProject(
  config: TolkConfig,
  filters: CheckFilters,
  threads?: number,
): Promise<Finding[]> {
  // Threads start while the files are listed (~0.1 s at 25 000): their modules load meanwhile.
  const expected = threads ?? ((await likelyLarge(config)) ? threadsPerRun() : 1);
  const threadsStarted = Array.from({ length: Math.max(0, expected - 1) }, spawnPartThread);
  try {
    const refs = await findLocaleFiles(config.locales);
    const count = threads ?? (refs.length >= THREADS_FROM_FILES ? threadsPerRun() : 1);
    const plan = planCheckFiles(config, refs, filters);
    const shares = shareNamespaces(plan, count);
    if (shares.length < 2) return runChecks(await collectCheckRun(config, filters, { refs }));
    while (threadsStarted.length < shares.length - 1) threadsStarted.push(spawnPartThread());
    const claims = createClaimFlags(shares);
    // Each part reads its share of the lock into this memory once it has read its sources.
    const lock = shareLockBytes(config.lock);
    const requests: PartRequest[] = shares.map((_, index) => ({
      root: config.root,
      filters,
      shares,
      index,
      refs,
      claims,
      lock,
    }));
    const exchange = createExchange(shares.length);
    const others = requests
      .slice(1)
      .map((request, i) => threadsStarted[i]!.start(request, exchange));
    const ownFiles: PartFile[] = [];
    const own = checkPart(config, requests[0]!, {
      found: (files) => {
        for (const file of files) ownFiles.push(file);
      },
      varied: (digests) => exchange.give(0, digests),
    }).then((end): PartOutcome => {
      if ('failure' in end) {
        exchange.fail(0);
        return end;
      }
      return { files: ownFiles, uses: end.uses };
    });
    const outcomes = await Promise.all([own, ...others]);
    const failure = outcomes.find(
      (outcome): outcome is PartFailure =>
        'failure' in outcome && !(outcome.failure instanceof PartStopped),
    );
    // Parts read in their own order: the error one thread meets first is found by one thread.
    if (failure) {
      await collectCheckRun(config, filters, { refs });
      throw failure.failure;
    }
    const run: CheckRun = { sourceLang: config.source, files: [], settings: config.checks };
    return mergeParts(plan, outcomes as PartFindings[], run);
  } finally {
    for (const thread of threadsStarted) void thread.stop();
  }
}

function threadsPerRun(): number {
  return Math.min(availableParallelism(), MAX_THREADS);
}

/** The source's files times the languages reach `THREADS_FROM_FILES`: one folder listed. */
async function likelyLarge(config: TolkConfig): Promise<boolean> {
  try {
    const sources = await readdir(join(config.locales, config.source));
    return sources.length * (config.targets.length + 1) >= THREADS_FROM_FILES;
  } catch {
    return false;
  }
}

/** The namespaces of the plan dealt out in turn over up to `count` parts (articles are alike). */
function shareNamespaces(plan: readonly PlannedFile[], count: number): string[][] {
  const namespaces = [...new Set(plan.map((file) => file.ns))];
  const parts = Math.max(1, Math.min(count, namespaces.length));
  const shares: string[][] = Array.from({ length: parts }, () => []);
  namespaces.forEach((ns, i) => {
    shares[i % parts]!.push(ns);
  });
  return shares;
}

/** Raised in a part waiting on the exchange when another part failed: never the error reported. */
class PartStopped extends Error {}

/** Where the parts' digests meet: merged once every part gave its own, or failed. */
function createExchange(parts: number) {
  const settle: Array<(digests: Digests | undefined) => void> = [];
  const arrived = Array.from(
    { length: parts },
    (_, i) =>
      new Promise<Digests | undefined>((resolve) => {
        settle[i] = resolve;
      }),
  );
  const merged = Promise.all(arrived).then((all): Varied => {
    if (all.some((digests) => digests === undefined)) throw new PartStopped();
    const varied: Varied = {};
    const langs = new Set(all.flatMap((digests) => Object.keys(digests!)));
    for (const lang of langs) {
      const digests = all.flatMap((d) => (d![lang] ? [d![lang]!] : []));
      varied[lang] = [...variedSources(digests)];
    }
    return varied;
  });
  merged.catch(() => {});
  return {
    give(part: number, digests: Digests): Promise<Varied> {
      settle[part]!(digests);
      return merged;
    },
    fail(part: number): void {
      settle[part]!(undefined);
    },
  };
}
type Exchange = ReturnType<typeof createExchange>;

/** A check thread started before its part is known: loading its modules takes ~0.2 s. */
interface PartThread {
  /** Gives the thread its part; the promise is its findings or its failure. */
  start(request: PartRequest, exchange: Exchange): Promise<PartOutcome>;
  stop(): Promise<number>;
}

function spawnPartThread(): PartThread {
  // From source (through tsx, as bin/tolk.mjs runs the repository) the thread needs tsx too.
  const tsx = PART_MODULE.endsWith('.ts') ? resolveTsx() : undefined;
  const load = `import(${JSON.stringify(PART_MODULE)}).then((m) => m.runCheckThread())`;
  const code = tsx
    ? `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return ${load}; })`
    : load;
  const worker = new Worker(code, { eval: true });
  // Until started, a thread that fails or stops has nobody to tell: `start` hears of it.
  let early: Error | undefined;
  const onError = (error: Error) => {
    early ??= error;
  };
  const onExit = (code: number) => {
    early ??= new Error(`A check thread stopped before it was given its part (exit code ${code}).`);
  };
  worker.once('error', onError);
  worker.once('exit', onExit);
  return {
    start(request, exchange) {
      worker.off('error', onError);
      worker.off('exit', onExit);
      const outcome = new Promise<PartOutcome>((resolve) => {
        const stopped = (error: Error): void => {
          exchange.fail(request.index);
          resolve({ failure: error });
        };
        if (early) {
          stopped(early);
          return;
        }
        const files: PartFile[] = [];
        worker.on('message', (message: PartMessage) => {
          if ('files' in message) {
            for (const posted of message.files) files.push(unpackFile(posted));
          } else if ('digests' in message) {
            exchange.give(request.index, message.digests).then(
              (varied) => worker.postMessage({ varied }),
              // Another part failed: this one would wait for the varied sources for ever.
              () => {
                resolve({ failure: new PartStopped() });
                void worker.terminate();
              },
            );
          } else if ('uses' in message) {
            resolve({ files, uses: message.uses });
          } else {
            exchange.fail(request.index);
            resolve({ failure: reviveError(message.failure) });
          }
        });
        worker.once('error', stopped);
        worker.once('exit', (code) =>
          stopped(
            new Error(
              `The check thread for part ${request.index + 1} stopped (exit code ${code}).`,
            ),
          ),
        );
        worker.postMessage(request);
      });
      return outcome;
    },
    stop: () => worker.terminate(),
  };
}

function resolveTsx(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

/**
 * The findings in `runChecks` order: file by file in plan order, then `inconsistent` language by
 * language over the uses of every part, put back in file order.
 */
function mergeParts(
  plan: readonly PlannedFile[],
  parts: readonly PartFindings[],
  run: CheckRun,
): Finding[] {
  const id = (lang: string, ns: string) => `${lang}\u0000${ns}`;
  const byFile = new Map<string, Finding[]>();
  for (const part of parts) {
    for (const file of part.files) byFile.set(id(file.lang, file.ns), file.findings);
  }
  const findings: Finding[] = [];
  for (const { lang, ns } of plan) {
    for (const finding of byFile.get(id(lang, ns)) ?? []) findings.push(finding);
  }
  for (const finding of findingsAcross(plan, parts, run, id)) findings.push(finding);
  return findings;
}

/** `inconsistent`, language by language, over the uses of every part put back in file order. */
function findingsAcross(
  plan: readonly PlannedFile[],
  parts: readonly PartFindings[],
  run: CheckRun,
  id: (lang: string, ns: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  if (!isEnabled(inconsistentCheck, run)) return findings;
  const position = new Map(plan.map((file, i) => [id(file.lang, file.ns), i]));
  for (const lang of new Set(plan.map((file) => file.lang))) {
    // Each part's uses are in its file order; a stable sort by file interleaves them.
    const uses = parts
      .flatMap((part) =>
        (part.uses[lang] ?? []).map((use) => ({ use, at: position.get(id(lang, use.ns)) ?? 0 })),
      )
      .sort((a, b) => a.at - b.at)
      .map(({ use }) => use);
    for (const { use, message } of judgeUses(uses)) {
      const where = { lang, ns: use.ns, key: use.key, file: use.file, line: use.line };
      findings.push(findingAt(inconsistentCheck, run, where, message));
    }
  }
  return findings;
}
