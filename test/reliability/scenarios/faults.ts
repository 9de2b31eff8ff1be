// Provider faults injected into a real `tolk translate` (in process, against the loopback mock):
// each must be survived (retried to a complete run) or stop the run cleanly, keeping what is done,
// with a rerun that finishes without paying twice.

import type { DeeplMockFault, DeeplMockServer } from '../../../src/testing/index.js';
import { generateArticles } from './corpus.js';
import { startCutProxy } from './cut-proxy.js';
import { mockEnv } from './mock.js';
import { copyProject, createProject, removeProject } from './project.js';
import { createRandom } from './rng.js';
import { runTolk } from './run-tolk.js';
import {
  checkStopped,
  drainServer,
  type Reference,
  rerunToCompletion,
  resetServer,
} from './translate-check.js';

export interface FaultScenario {
  name: string;
  faults: DeeplMockFault[];
  /** Translate answers to cut mid-body through a proxy. */
  cut?: { after: number; times: number };
  /** Quota: the mock's character limit as a share of a clean run's characters. */
  quotaShare?: number;
  /** `complete`: retried to a full run; otherwise the exit code of a clean stop. */
  expect: 'complete' | number;
  /** What stderr must say on a stop. */
  says?: RegExp;
}

/** Small timeouts and attempts so a storm costs seconds; two requests in flight, as a CI job might. */
export function faultConfig(settings: { timeoutMs?: number; maxAttempts?: number } = {}): string {
  return `targets: [en-GB, de]
provider: deepl
deepl:
  timeoutMs: ${settings.timeoutMs ?? 1500}
  maxAttempts: ${settings.maxAttempts ?? 5}
  concurrency: 2
  maxConcurrency: 2
`;
}

export const FAULT_SCENARIOS: FaultScenario[] = [
  {
    name: '429 storm with Retry-After',
    faults: [{ status: 429, retryAfter: 0.05, times: 10 }],
    expect: 'complete',
  },
  {
    name: '429 storm without Retry-After',
    faults: [{ status: 429, times: 3 }],
    expect: 'complete',
  },
  { name: '500 burst', faults: [{ status: 500, times: 3 }], expect: 'complete' },
  { name: '502 burst', faults: [{ status: 502, retryAfter: 0.05, times: 4 }], expect: 'complete' },
  { name: '503 burst', faults: [{ status: 503, retryAfter: 0.05, times: 4 }], expect: 'complete' },
  { name: '529 burst', faults: [{ status: 529, retryAfter: 0.05, times: 4 }], expect: 'complete' },
  {
    name: 'answers slower than the timeout',
    faults: [{ delayMs: 4_000, times: 2 }],
    expect: 'complete',
  },
  {
    name: 'connections reset before the answer',
    faults: [{ reset: true, times: 3 }],
    expect: 'complete',
  },
  {
    name: 'connections reset mid-body',
    faults: [],
    cut: { after: 1, times: 3 },
    expect: 'complete',
  },
  {
    name: 'fewer translations than texts',
    faults: [{ short: true, after: 2 }],
    expect: 3,
    says: /answered with (\d+) translations for (\d+) texts, so none of them is used/,
  },
  {
    name: '503 outage past the attempts',
    faults: [{ status: 503, retryAfter: 0.05, after: 3, times: 1_000 }],
    expect: 3,
    says: /gave up after 5 attempts, the last failed with 503/,
  },
  {
    name: 'quota exhausted mid-run (456)',
    faults: [],
    quotaShare: 0.4,
    expect: 3,
    says: /character quota is used up \(456\).*run again when the quota allows/s,
  },
];

/** The project every fault scenario starts from: the seed and four generated articles, two targets. */
export function createFaultProject(settings: Parameters<typeof faultConfig>[0] = {}): string {
  return createProject({
    config: faultConfig(settings),
    files: generateArticles(createRandom(7), 4),
  });
}

export interface FaultOutcome {
  name: string;
  ok: boolean;
  problems: string[];
  /** Faults the mock or the proxy served. */
  injected: number;
  code: number;
  stderr: string;
  /** Texts a rerun sent again although they were done (must be 0). */
  resent: number;
  /** Characters billed over the run and its rerun, and by a clean run. */
  billed: number;
  cleanBilled: number;
}

export async function runFaultScenario(
  scenario: FaultScenario,
  template: string,
  server: DeeplMockServer,
  reference: Reference,
): Promise<FaultOutcome> {
  const dir = copyProject(template);
  const proxy = scenario.cut ? await startCutProxy(server.url) : undefined;
  try {
    await drainServer(server);
    resetServer(server);
    server.state.faults.push(...scenario.faults.map((f) => ({ ...f })));
    if (scenario.quotaShare !== undefined) {
      server.state.characterLimit = Math.floor(reference.billed * scenario.quotaShare);
    }
    if (proxy && scenario.cut) proxy.cut = { ...scenario.cut };
    const run = await runTolk(dir, ['translate'], mockEnv(proxy?.url ?? server.url));
    const injected = server.state.counters.faults + (proxy?.cuts ?? 0) + quotaRefusals(server);
    const problems: string[] = [];
    if (run.stderr.includes('internal error')) problems.push(`internal error: ${run.stderr}`);
    const stopped = checkStopped(dir, reference);
    problems.push(...stopped.problems);
    let resent = 0;
    if (scenario.expect === 'complete') {
      if (run.code !== 0) problems.push(`exited ${run.code}, expected 0: ${run.stderr.trim()}`);
      if (stopped.integrity.locked === 0) problems.push('nothing locked');
    } else {
      if (run.code !== scenario.expect) {
        problems.push(`exited ${run.code}, expected ${scenario.expect}: ${run.stderr.trim()}`);
      }
      if (scenario.says && !scenario.says.test(run.stderr)) {
        problems.push(`stderr does not say ${scenario.says}: ${run.stderr.trim()}`);
      }
      // The fault is over (quota restored, server healthy): the rerun sends only the rest.
      server.state.faults.length = 0;
      server.state.characterLimit = Number.MAX_SAFE_INTEGER;
      const rerun = await rerunToCompletion(dir, server, reference, stopped.integrity);
      problems.push(...rerun.problems);
      resent = rerun.resent;
    }
    if (injected === 0) problems.push('no fault was injected');
    return {
      name: scenario.name,
      ok: problems.length === 0,
      problems,
      injected,
      code: run.code,
      stderr: run.stderr,
      resent,
      billed: server.state.characterCount,
      cleanBilled: reference.billed,
    };
  } finally {
    await proxy?.close();
    removeProject(dir);
  }
}

function quotaRefusals(server: DeeplMockServer): number {
  return server.state.requests.filter((r) => r.status === 456).length;
}
