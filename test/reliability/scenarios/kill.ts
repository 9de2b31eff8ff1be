// SIGKILL at seeded random points of a real `tolk translate` child process: before any request,
// between requests, while one is in flight, while the lock's journal and the locale files are being
// written. After each kill the files must be whole and the lock true; a rerun must finish, equal to
// a clean run, without paying for much more than the request the kill cut off.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeeplMockServer } from '../../../src/testing/index.js';
import { generateArticles } from './corpus.js';
import { checkIntegrity } from './integrity.js';
import { mockEnv } from './mock.js';
import { copyProject, createProject } from './project.js';
import { createRandom, pickOne } from './rng.js';
import { runTolk, spawnTolk, waitFor } from './run-tolk.js';
import { drainServer, type Reference, rerunToCompletion, resetServer } from './translate-check.js';

/** One request in flight at a time, so a kill wastes at most one request's characters. */
export const KILL_CONFIG = `targets: [en-GB, de, uk]
provider: deepl
deepl:
  concurrency: 1
  maxConcurrency: 1
`;

export type KillMoment = 'time' | 'request' | 'journal' | 'temp-file';

export interface KillPoint {
  seed: number;
  moment: KillMoment;
  /** For `time`: milliseconds after the start; for `request`: the request that triggers the kill. */
  at: number;
}

/** The project kill points start from: the seed and 26 generated articles, three targets. */
export function createKillProject(): string {
  return createProject({ config: KILL_CONFIG, files: generateArticles(createRandom(11), 26) });
}

/**
 * A translated project whose Swedish was then edited: sentences reworded, a paragraph and an article
 * deleted, one article added. A kill then lands amid changed, removed and new keys.
 */
export async function createEditedProject(server: DeeplMockServer): Promise<string> {
  const dir = createKillProject();
  resetServer(server);
  const run = await runTolk(dir, ['translate'], mockEnv(server.url));
  if (run.code !== 0) throw new Error(`could not translate the project to edit: ${run.stderr}`);
  const random = createRandom(23);
  const content = join(dir, 'content/sv');
  const names = readdirSync(content).sort();
  names.forEach((name, i) => {
    const file = join(content, name);
    let text = readFileSync(file, 'utf8');
    if (i % 3 === 0)
      text = text.replace(/ökar med \d+/g, () => `ökar med ${Math.floor(random() * 900)}`);
    if (i % 4 === 1) text = text.replace(/\n\n[^\n]*sade [^\n]*\n/, '\n');
    if (i % 5 === 2) text = text.replace(/Regeringen meddelade/g, 'Statsministern meddelade');
    writeFileSync(file, text);
  });
  if (names[1]) rmSync(join(content, names[1]));
  for (const text of Object.values(generateArticles(createRandom(29), 1))) {
    writeFileSync(join(content, 'tillagd.txt'), text);
  }
  return dir;
}

export function chooseKillPoints(seed: number, count: number, reference: Reference, runMs: number) {
  const random = createRandom(seed);
  const moments: KillMoment[] = ['time', 'time', 'request', 'request', 'journal', 'temp-file'];
  return Array.from({ length: count }, (_, i): KillPoint => {
    const moment = pickOne(random, moments);
    const at =
      moment === 'time'
        ? Math.floor(random() * runMs)
        : Math.max(1, Math.ceil(random() * reference.requests));
    return { seed: seed * 1000 + i, moment, at };
  });
}

/**
 * What a kill may cost: the request in flight and one whose answer arrived in the instant before
 * the kill, not yet journaled. On a run of 40 requests or more that is within 5%.
 */
export function billingBound(reference: Reference): number {
  return Math.max(reference.billed * 1.05, reference.billed + 2 * reference.largestRequest);
}

export interface KillOutcome {
  point: KillPoint;
  /** The process was killed before it finished by itself. */
  killed: boolean;
  /** Problems found right after the kill (must be none). */
  afterKill: string[];
  /** Problems after the rerun (must be none). */
  afterRerun: string[];
  /** Characters the mock billed over the killed run and the rerun. */
  billed: number;
  /** Files (locale files and lock) found whole after the kill, and all there were. */
  filesIntact: number;
  files: number;
  resent: number;
}

/** Kills one run of a copy of `template` at `point`, checks, reruns, checks again. */
export async function runKillPoint(
  point: KillPoint,
  template: string,
  server: DeeplMockServer,
  reference: Reference,
): Promise<KillOutcome & { dir: string }> {
  const dir = copyProject(template);
  await drainServer(server);
  resetServer(server);
  const { child, done } = spawnTolk(dir, ['translate'], mockEnv(server.url));
  const kill = () => child.kill('SIGKILL');
  const trigger = killTrigger(point, dir, server);
  const exited = done.then(() => 'exited' as const);
  const first = await Promise.race([trigger.then(() => 'trigger' as const), exited]);
  if (first === 'trigger') kill();
  const result = await done;
  trigger.cancel();
  const killed = result.signal === 'SIGKILL';
  const after = checkIntegrity(dir);
  const afterKill = [...after.problems];
  if (!killed && result.code !== 0) afterKill.push(`run exited ${result.code}: ${result.stderr}`);
  const files =
    after.wholeFiles + after.problems.filter((p) => !p.startsWith('lock claims')).length;
  const rerun = await rerunToCompletion(dir, server, reference, after);
  return {
    dir,
    point,
    killed,
    afterKill,
    afterRerun: rerun.problems,
    billed: server.state.characterCount,
    filesIntact: after.wholeFiles,
    files,
    resent: rerun.resent,
  };
}

type Trigger = Promise<void> & { cancel(): void };

function killTrigger(point: KillPoint, dir: string, server: DeeplMockServer): Trigger {
  let cancelled = false;
  const lock = join(dir, 'tolk.lock.json');
  const before = existsSync(lock) ? readFileSync(lock, 'utf8') : '';
  const condition = (): boolean => {
    if (cancelled) return false;
    switch (point.moment) {
      case 'request':
        return server.state.counters.requests >= point.at;
      case 'journal':
        return existsSync(lock) && readFileSync(lock, 'utf8') !== before;
      case 'temp-file':
        return hasTempFile(join(dir, 'locales'));
      default:
        return false;
    }
  };
  const promise =
    point.moment === 'time'
      ? new Promise<void>((resolve) => setTimeout(resolve, point.at))
      : waitFor(() => cancelled || condition(), 60_000);
  const trigger = promise.then(() => {
    if (cancelled) return new Promise<void>(() => undefined);
  }) as Trigger;
  trigger.cancel = () => {
    cancelled = true;
  };
  return trigger;
}

function hasTempFile(locales: string): boolean {
  if (!existsSync(locales)) return false;
  for (const lang of readdirSync(locales)) {
    try {
      if (readdirSync(join(locales, lang)).some((name) => name.endsWith('.tmp'))) return true;
    } catch {
      // The folder is being created.
    }
  }
  return false;
}

/** How long a child run of `template` takes from spawn to exit, to spread time kill points over. */
export async function measureChildRun(template: string, server: DeeplMockServer): Promise<number> {
  const dir = copyProject(template);
  resetServer(server);
  const start = Date.now();
  const result = await spawnTolk(dir, ['translate'], mockEnv(server.url)).done;
  if (result.code !== 0) throw new Error(`child run failed: ${result.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  return Date.now() - start;
}
