// SIGINT and SIGTERM mid-run on a real child process: the same clean stop as a quota, exit 130.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import { createKillProject } from './scenarios/kill.js';
import { startMock } from './scenarios/mock.js';
import { removeProject } from './scenarios/project.js';
import { runSignalScenario } from './scenarios/signals.js';
import { type Reference, runReference } from './scenarios/translate-check.js';

let server: DeeplMockServer;
let template: string;
let reference: Reference;

beforeAll(async () => {
  server = await startMock();
  template = createKillProject();
  reference = await runReference(template, server);
}, 60_000);

afterAll(async () => {
  await server.close();
  removeProject(template);
});

describe('stopped by a signal mid-run', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: exit 130, says so, files whole, lock true; the rerun sends only the rest`, async () => {
      const outcome = await runSignalScenario(signal, template, server, reference, {
        afterRequests: 12,
        latencyMs: 150,
      });
      removeProject(outcome.dir);
      expect(outcome.problems).toEqual([]);
      expect(outcome.code).toBe(130);
      expect(outcome.stderr).toContain(`tolk: Stopped by ${signal}`);
      expect(outcome.stderr).toMatch(/written and locked/);
      expect(outcome.resent).toBe(0);
    }, 60_000);
  }

  it('a second SIGINT exits at once, and still leaves whole files and a true lock', async () => {
    const outcome = await runSignalScenario('SIGINT', template, server, reference, {
      afterRequests: 20,
      latencyMs: 150,
      twice: true,
    });
    removeProject(outcome.dir);
    expect(outcome.problems).toEqual([]);
    expect(outcome.code).toBe(130);
  }, 60_000);
});
