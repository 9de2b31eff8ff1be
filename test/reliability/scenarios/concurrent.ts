// Two `tolk translate` at once in one project: one runs, the other refuses at once with a clear
// message and touches nothing; the files end as one clean run leaves them.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeeplMockServer } from '../../../src/testing/index.js';
import { checkIntegrity, compareValues } from './integrity.js';
import { mockEnv } from './mock.js';
import { copyProject } from './project.js';
import { type CliRun, spawnTolk } from './run-tolk.js';
import { type Reference, resetServer } from './translate-check.js';

export const REFUSAL =
  /Could not start: another tolk run \(pid \d+\) is writing this project's files/;

export interface ConcurrentOutcome {
  runs: CliRun[];
  problems: string[];
  dir: string;
}

/**
 * Starts `count` child runs together (with `stalePid`, over a lock a dead run left), the mock slow
 * enough that they overlap; checks that exactly one ran and the others refused cleanly.
 */
export async function runConcurrently(
  template: string,
  server: DeeplMockServer,
  reference: Reference,
  options: { count: number; latencyMs: number; stalePid?: number },
): Promise<ConcurrentOutcome> {
  const dir = copyProject(template);
  resetServer(server);
  server.state.latencyMs = options.latencyMs;
  if (options.stalePid !== undefined) {
    mkdirSync(join(dir, '.tolk'), { recursive: true });
    writeFileSync(join(dir, '.tolk/run.lock'), `${options.stalePid}\n`);
  }
  const children = Array.from({ length: options.count }, () =>
    spawnTolk(dir, ['translate'], mockEnv(server.url)),
  );
  const runs = await Promise.all(children.map((c) => c.done));
  server.state.latencyMs = 0;
  const problems: string[] = [];
  const ran = runs.filter((r) => r.code === 0);
  const refused = runs.filter((r) => r.code === 2 && REFUSAL.test(r.stderr));
  if (ran.length !== 1) problems.push(`${ran.length} runs finished, expected exactly 1`);
  if (refused.length !== options.count - 1) {
    problems.push(
      `${refused.length} refused, expected ${options.count - 1}: ${runs.map((r) => `${r.code} ${r.stderr}`).join('\n')}`,
    );
  }
  const after = checkIntegrity(dir);
  problems.push(...after.problems, ...compareValues(after.values, reference.values));
  if (server.state.characterCount !== reference.billed) {
    problems.push(`billed ${server.state.characterCount}, a single run ${reference.billed}`);
  }
  return { runs, problems, dir };
}
