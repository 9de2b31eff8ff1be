// Ctrl-C (SIGINT) and a CI job's SIGTERM in the middle of a real `tolk translate` child process
// against a slow loopback mock: exit 130, files whole, lock true, and a rerun sends only the rest.

import type { DeeplMockServer } from '../../../src/testing/index.js';
import { billingBound } from './kill.js';
import { mockEnv } from './mock.js';
import { copyProject } from './project.js';
import { spawnTolk, waitFor } from './run-tolk.js';
import { checkStopped, type Reference, rerunToCompletion, resetServer } from './translate-check.js';

export interface SignalOutcome {
  code: number;
  stderr: string;
  /** Problems after the stop and after the rerun (must be none). */
  problems: string[];
  resent: number;
  billed: number;
  dir: string;
}

/**
 * Sends `signal` (twice with `twice`) once the mock has received `afterRequests` requests, with
 * `latencyMs` on every answer so the run is mid-request; then checks the stop and a rerun.
 */
export async function runSignalScenario(
  signal: 'SIGINT' | 'SIGTERM',
  template: string,
  server: DeeplMockServer,
  reference: Reference,
  options: { afterRequests: number; latencyMs: number; twice?: boolean },
): Promise<SignalOutcome> {
  const dir = copyProject(template);
  resetServer(server);
  server.state.latencyMs = options.latencyMs;
  const { child, done } = spawnTolk(dir, ['translate'], mockEnv(server.url));
  const problems: string[] = [];
  try {
    await waitFor(() => server.state.counters.requests >= options.afterRequests, 60_000);
    child.kill(signal);
    if (options.twice) child.kill(signal);
  } catch {
    problems.push('the run never reached the request to interrupt');
  }
  const result = await done;
  server.state.latencyMs = 0;
  if (result.code !== 130) problems.push(`exited ${result.code}, expected 130: ${result.stderr}`);
  const stopped = checkStopped(dir, reference);
  problems.push(...stopped.problems);
  if (stopped.integrity.leftovers.length > 0 && !options.twice) {
    problems.push(`leftover files: ${stopped.integrity.leftovers.join(', ')}`);
  }
  const rerun = await rerunToCompletion(dir, server, reference, stopped.integrity);
  problems.push(...rerun.problems);
  if (server.state.characterCount > billingBound(reference)) {
    problems.push(`billed ${server.state.characterCount}, a clean run ${reference.billed}`);
  }
  return {
    code: result.code,
    stderr: result.stderr,
    problems,
    resent: rerun.resent,
    billed: server.state.characterCount,
    dir,
  };
}
