// One corpus size end to end: a fresh project, a first run, a run with no change, a run after a 1%
// edit, and `tolk check`, each tolk run a child process against the mock in its own process.

import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ClientFloor, measureClientFloor } from './client-floor.js';
import { assertComplete } from './completeness.js';
import { editCorpus } from './edit-corpus.js';
import { generateCorpus } from './generate-corpus.js';
import {
  type CorpusShape,
  countCodePoints,
  countLowerBound,
  readCorpusShape,
} from './lower-bound.js';
import { diffStats, type MockSettings, type MockStats, startMockProcess } from './mock-process.js';
import { runNaiveSample } from './naive-baseline.js';
import { type ChildRun, runChild } from './run-child.js';
import { measureServerFloor, type ServerFloor } from './server-floor.js';
import { type ProfileLine, summariseProfile } from './summarise-profile.js';
import { warmUpMock } from './warm-up.js';
import { DEEPL_SETTINGS, writeArticles, writeProject } from './write-project.js';

/** Requests the server floor is measured on (~3 s at 8 in flight). */
const FLOOR_SAMPLE = 256;
/** `tolk check` is run this many times on the same output; its median run is reported. */
const CHECK_RUNS = 3;

export interface BenchOptions {
  cli: string;
  glossary: string;
  langs: string[];
  mock: MockSettings;
  /** Write a CPU profile of the first run and summarise it. */
  profile: boolean;
  /** Requests the naive baseline sends for real before extrapolating. */
  naiveSample: number;
  keep: boolean;
  log: (line: string) => void;
}

export interface RunMeasure {
  exitCode: number | null;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  server: MockStats;
}

export interface SizeResult {
  articles: number;
  langs: string[];
  corpus: Omit<CorpusShape, 'texts' | 'contexts' | 'sequence'> & { bytes: number };
  lowerBound: { perLang: Record<string, number>; total: number };
  idealMs: number;
  /** The ideal with the mock's measured time per request instead of its latency (see server-floor). */
  floor: ServerFloor & { wallMs: number };
  /** deepl-node's own CPU for the lower bound's requests, per translated segment (see client-floor). */
  clientFloor: ClientFloor & { cpuUsPerSegment: number };
  first: RunMeasure & { translatedSegments: number; billed: number };
  noChange: RunMeasure;
  edit: RunMeasure & {
    editedSentences: number;
    editedCharacters: number;
    billed: number;
  };
  /** The median of `CHECK_RUNS` runs by wall time; `runs` all of them, in order. */
  check: RunMeasure & {
    findings: number;
    runs: Pick<RunMeasure, 'wallMs' | 'cpuMs' | 'maxRssMb'>[];
  };
  naive: {
    sampleRequests: number;
    sampleMs: number;
    requests: number;
    wallMs: number;
    billed: number;
  };
  profile?: ProfileLine[];
}

async function flushDisk(): Promise<void> {
  // Where there is no `sync` (Windows), the run pays for it as before.
  await promisify(execFile)('sync').catch(() => undefined);
}

async function measure(
  options: BenchOptions,
  root: string,
  args: string[],
  stats: () => Promise<MockStats>,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ run: ChildRun; measure: RunMeasure }> {
  // What the benchmark itself just wrote and deleted (the corpus, the warm-up project, the last
  // size's project) goes to disk now, not in the measured run's first flush.
  await flushDisk();
  const before = await stats();
  const run = await runChild(options.cli, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    nodeArgs,
  });
  const server = diffStats(before, await stats());
  if (run.code !== 0 && !(args[0] === 'check' && run.code === 1)) {
    throw new Error(`tolk ${args.join(' ')} exited with ${run.code}:\n${run.stderr.slice(-4000)}`);
  }
  return {
    run,
    measure: {
      exitCode: run.code,
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      maxRssMb: run.maxRssMb,
      server,
    },
  };
}

export async function runSize(size: number, options: BenchOptions): Promise<SizeResult> {
  const { log } = options;
  const articles = generateCorpus(size);
  const project = await writeProject(articles, options.langs, options.glossary);
  const mock = await startMockProcess(options.cli, options.mock);
  try {
    const shape = await readCorpusShape(project.contentDir, project.root);
    const perLang: Record<string, number> = {};
    for (const lang of options.langs) {
      perLang[lang] = countLowerBound(shape, lang, DEEPL_SETTINGS, options.langs);
    }
    const lowerTotal = Object.values(perLang).reduce((s, n) => s + n, 0);
    const idealMs = (lowerTotal * options.mock.latencyMs) / options.mock.maxConcurrent;
    const env = { DEEPL_AUTH_KEY: 'bench-key', DEEPL_SERVER_URL: mock.url };
    log(
      `${size} articles: ${shape.segments} segments, ${shape.distinctTexts} distinct texts; lower bound ${lowerTotal} requests`,
    );

    // Everything is measured against a warm mock (see warm-up.ts), the floor included.
    await warmUpMock(options.cli, articles, options.langs, options.glossary, env);
    const floor = await measureServerFloor(
      mock.url,
      shape.texts,
      shape.contexts,
      options.mock.maxConcurrent,
      Math.min(FLOOR_SAMPLE, lowerTotal),
    );
    const clientFloor = await measureClientFloor(
      mock.url,
      shape.texts,
      shape.contexts,
      options.langs,
      options.mock.maxConcurrent,
      Math.min(FLOOR_SAMPLE, lowerTotal),
    );

    const profileDir = join(project.root, '.profile');
    const first = await measure(
      options,
      project.root,
      ['translate'],
      mock.stats,
      env,
      options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    );
    log(`  first run ${(first.measure.wallMs / 1000).toFixed(1)} s`);
    assertComplete(join(project.root, 'locales'), 'sv', options.langs);
    const noChange = await measure(options, project.root, ['translate'], mock.stats, env);
    log(`  no-change run ${(noChange.measure.wallMs / 1000).toFixed(1)} s`);

    const edit = editCorpus(articles, Math.max(1, Math.round(shape.segments * 0.01)), size);
    const changed = new Set(edit.changed);
    await writeArticles(
      project.contentDir,
      edit.articles.filter((a) => changed.has(a.name)),
    );
    const edited = await measure(options, project.root, ['translate'], mock.stats, env);
    log(`  1% edit run ${(edited.measure.wallMs / 1000).toFixed(1)} s`);
    // The VM's speed swings by a fifth from one minute to the next: the check runs three times on
    // the same files, must give the same report each time, and is reported by its median run.
    const checks: Awaited<ReturnType<typeof measure>>[] = [];
    for (let i = 0; i < CHECK_RUNS; i++) {
      checks.push(
        await measure(options, project.root, ['check', '--format', 'json'], mock.stats, env),
      );
    }
    if (checks.some((c) => c.run.stdout !== checks[0]!.run.stdout)) {
      throw new Error(
        'tolk check gave different reports on the same files: it must be deterministic.',
      );
    }
    const check = medianRun(checks);
    log(
      `  check ${checks.map((c) => (c.measure.wallMs / 1000).toFixed(1)).join(', ')} s (median ${(check.measure.wallMs / 1000).toFixed(1)} s)`,
    );

    const naive = await runNaiveSample(
      mock.url,
      shape.sequence,
      options.langs,
      options.naiveSample,
    );
    const engineTotal = shape.engineSegments * options.langs.length;
    const editedCharacters =
      edit.edited.reduce((s, t) => s + countCodePoints(t), 0) * options.langs.length;
    const { texts: _t, contexts: _c, sequence: _s, ...corpus } = shape;
    return {
      articles: size,
      langs: options.langs,
      corpus: { ...corpus, bytes: articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) },
      lowerBound: { perLang, total: lowerTotal },
      idealMs,
      floor: {
        ...floor,
        wallMs: (lowerTotal * floor.perRequestMs) / options.mock.maxConcurrent,
      },
      clientFloor: {
        ...clientFloor,
        cpuUsPerSegment:
          (clientFloor.cpuMsPerRequest * lowerTotal * 1000) /
          (shape.segments * options.langs.length),
      },
      first: {
        ...first.measure,
        translatedSegments: shape.segments * options.langs.length,
        billed: first.measure.server.characterCount,
      },
      noChange: noChange.measure,
      edit: {
        ...edited.measure,
        editedSentences: edit.edited.length,
        editedCharacters,
        billed: edited.measure.server.characterCount,
      },
      check: {
        ...check.measure,
        findings: countFindings(check.run.stdout),
        runs: checks.map(({ measure: { wallMs, cpuMs, maxRssMb } }) => ({
          wallMs,
          cpuMs,
          maxRssMb,
        })),
      },
      naive: {
        sampleRequests: naive.requests,
        sampleMs: naive.wallMs,
        requests: engineTotal,
        wallMs: (naive.wallMs / naive.requests) * engineTotal,
        billed: shape.allCharacters * options.langs.length,
      },
      ...(options.profile ? { profile: await summariseProfile(profileDir, 15) } : {}),
    };
  } finally {
    await mock.stop();
    if (!options.keep) await rm(project.root, { recursive: true, force: true });
    else log(`  project kept in ${project.root}`);
  }
}

function medianRun<T extends { measure: RunMeasure }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.measure.wallMs - b.measure.wallMs);
  return sorted[(sorted.length - 1) >> 1]!;
}

function countFindings(stdout: string): number {
  try {
    const parsed = JSON.parse(stdout) as unknown;
    if (Array.isArray(parsed)) return parsed.length;
    if (parsed && typeof parsed === 'object' && 'findings' in parsed) {
      const findings = (parsed as { findings: unknown }).findings;
      return Array.isArray(findings) ? findings.length : 0;
    }
  } catch {
    // Not JSON: count lines instead.
  }
  return stdout.split('\n').filter(Boolean).length;
}
