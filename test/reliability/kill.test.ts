// SIGKILL a real `tolk translate` at seeded random points, many times: files never partial, the
// lock never claims what the files lack, and a rerun finishes for at most 5% more than a clean run.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import {
  chooseKillPoints,
  createKillProject,
  measureChildRun,
  runKillPoint,
} from './scenarios/kill.js';
import { startMock } from './scenarios/mock.js';
import { removeProject } from './scenarios/project.js';
import { type Reference, runReference } from './scenarios/translate-check.js';

const KILL_POINTS = Number(process.env.TOLK_KILL_POINTS ?? 20);

let server: DeeplMockServer;
let template: string;
let reference: Reference;
let runMs: number;

beforeAll(async () => {
  server = await startMock({ latencyMs: 10 });
  template = createKillProject();
  reference = await runReference(template, server);
  runMs = await measureChildRun(template, server);
}, 120_000);

afterAll(async () => {
  await server.close();
  removeProject(template);
});

describe('SIGKILL mid-run', () => {
  it('the clean run needs dozens of requests, so a kill wastes little', () => {
    expect(reference.requests).toBeGreaterThanOrEqual(30);
  });

  it(`${KILL_POINTS} seeded kill points: whole files, a true lock, a rerun within 1.05× of a clean run`, async () => {
    const points = chooseKillPoints(1, KILL_POINTS, reference, runMs);
    let killed = 0;
    for (const point of points) {
      const outcome = await runKillPoint(point, template, server, reference);
      removeProject(outcome.dir);
      const label = `${point.moment} ${point.at} (seed ${point.seed})`;
      expect(outcome.afterKill, label).toEqual([]);
      expect(outcome.afterRerun, label).toEqual([]);
      expect(outcome.billed, label).toBeLessThanOrEqual(reference.billed * 1.05);
      if (outcome.killed) killed++;
    }
    // Most points land inside the run (a late time point may find it finished).
    expect(killed).toBeGreaterThanOrEqual(Math.ceil(KILL_POINTS * 0.7));
  }, 600_000);
});
