// Two runs at once in one project: exactly one translates; the other refuses, naming the pid.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import { REFUSAL, runConcurrently } from './scenarios/concurrent.js';
import { createFaultProject } from './scenarios/faults.js';
import { mockEnv, startMock } from './scenarios/mock.js';
import { copyProject, removeProject } from './scenarios/project.js';
import { runTolk, spawnTolk, waitFor } from './scenarios/run-tolk.js';
import { type Reference, resetServer, runReference } from './scenarios/translate-check.js';
import { diffTrees, snapshotTree } from './scenarios/tree.js';

let server: DeeplMockServer;
let template: string;
let reference: Reference;

beforeAll(async () => {
  server = await startMock();
  template = createFaultProject();
  reference = await runReference(template, server);
}, 60_000);

afterAll(async () => {
  await server.close();
  removeProject(template);
});

/** The pid of a process that has exited: a lock holding it is stale. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

describe('two tolk translate runs at once', () => {
  it('a second run while one is translating refuses at once, naming the pid, and changes nothing', async () => {
    const dir = copyProject(template);
    resetServer(server);
    server.state.latencyMs = 200;
    const first = spawnTolk(dir, ['translate'], mockEnv(server.url));
    try {
      await waitFor(() => server.state.counters.translateRequests >= 1);
      const before = snapshotTree(dir);
      const second = await runTolk(dir, ['translate'], mockEnv(server.url));
      const during = snapshotTree(dir);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(REFUSAL);
      expect(second.stderr).toContain(`pid ${first.child.pid}`);
      // The first run is mid-request; besides its journal of answers, any difference between the
      // snapshots would be the second run's.
      const journal = /^[+~].tolk\/memory\.jsonl$/;
      expect(diffTrees(before, during).filter((change) => !journal.test(change))).toEqual([]);
      server.state.latencyMs = 0;
      const done = await first.done;
      expect(done.code).toBe(0);
      expect(existsSync(join(dir, '.tolk/run.lock'))).toBe(false);
    } finally {
      server.state.latencyMs = 0;
      await first.done;
      removeProject(dir);
    }
  }, 60_000);

  it('three started together: exactly one runs, the others refuse; files as one clean run', async () => {
    const outcome = await runConcurrently(template, server, reference, {
      count: 3,
      latencyMs: 100,
    });
    removeProject(outcome.dir);
    expect(outcome.problems).toEqual([]);
  }, 60_000);

  it('over a lock left by a killed run: the stale lock is taken over by exactly one of two', async () => {
    const outcome = await runConcurrently(template, server, reference, {
      count: 2,
      latencyMs: 100,
      stalePid: deadPid(),
    });
    removeProject(outcome.dir);
    expect(outcome.problems).toEqual([]);
  }, 60_000);

  it('a stale lock alone does not block a run, and is gone after it', async () => {
    const dir = copyProject(template);
    try {
      resetServer(server);
      mkdirSync(join(dir, '.tolk'));
      writeFileSync(join(dir, '.tolk/run.lock'), `${deadPid()}\n`);
      const run = await runTolk(dir, ['translate'], mockEnv(server.url));
      expect(run.code).toBe(0);
      expect(existsSync(join(dir, '.tolk/run.lock'))).toBe(false);
      expect(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')).not.toContain('"pending"');
    } finally {
      removeProject(dir);
    }
  });
});
