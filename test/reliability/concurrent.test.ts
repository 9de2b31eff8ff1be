// Two runs at once in one project: exactly one translates; the other refuses, naming the pid.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFaultFixture } from './fault-fixture.js';
import { REFUSAL, runConcurrently } from './scenarios/concurrent.js';
import { mockEnv } from './scenarios/mock.js';
import { copyProject, removeProject } from './scenarios/project.js';
import { runTolk, spawnTolk, waitFor } from './scenarios/run-tolk.js';
import { resetServer } from './scenarios/translate-check.js';
import { diffTrees, snapshotTree } from './scenarios/tree.js';

const fixture = useFaultFixture();

/** The pid of a process that has exited: a lock holding it is stale. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;
}

describe('two tolk translate runs at once', () => {
  it('a second run while one is translating refuses at once, naming the pid, and changes nothing', async () => {
    const dir = copyProject(fixture.template);
    resetServer(fixture.server);
    fixture.server.state.latencyMs = 200;
    const first = spawnTolk(dir, ['translate'], mockEnv(fixture.server.url));
    try {
      await waitFor(() => fixture.server.state.counters.translateRequests >= 1);
      const before = snapshotTree(dir);
      const second = await runTolk(dir, ['translate'], mockEnv(fixture.server.url));
      const during = snapshotTree(dir);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(REFUSAL);
      expect(second.stderr).toContain(`pid ${first.child.pid}`);
      // The first run is mid-request; besides its journal of answers, any difference between the
      // snapshots would be the second run's.
      const journal = /^[+~].tolk\/memory\.jsonl$/;
      expect(diffTrees(before, during).filter((change) => !journal.test(change))).toEqual([]);
      fixture.server.state.latencyMs = 0;
      const done = await first.done;
      expect(done.code).toBe(0);
      expect(existsSync(join(dir, '.tolk/run.lock'))).toBe(false);
    } finally {
      fixture.server.state.latencyMs = 0;
      await first.done;
      removeProject(dir);
    }
  }, 60_000);

  it('three started together: exactly one runs, the others refuse; files as one clean run', async () => {
    const outcome = await runConcurrently(fixture.template, fixture.server, fixture.reference, {
      count: 3,
      latencyMs: 100,
    });
    removeProject(outcome.dir);
    expect(outcome.problems).toEqual([]);
  }, 60_000);

  it('over a lock left by a killed run: the stale lock is taken over by exactly one of two', async () => {
    const outcome = await runConcurrently(fixture.template, fixture.server, fixture.reference, {
      count: 2,
      latencyMs: 100,
      stalePid: deadPid(),
    });
    removeProject(outcome.dir);
    expect(outcome.problems).toEqual([]);
  }, 60_000);

  it('a stale lock alone does not block a run, and is gone after it', async () => {
    const dir = copyProject(fixture.template);
    try {
      resetServer(fixture.server);
      mkdirSync(join(dir, '.tolk'));
      writeFileSync(join(dir, '.tolk/run.lock'), `${deadPid()}\n`);
      const run = await runTolk(dir, ['translate'], mockEnv(fixture.server.url));
      expect(run.code).toBe(0);
      expect(existsSync(join(dir, '.tolk/run.lock'))).toBe(false);
      expect(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')).not.toContain('"pending"');
    } finally {
      removeProject(dir);
    }
  });
});
