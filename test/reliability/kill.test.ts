// SIGKILL a real `tolk translate` at seeded random points, many times: files never partial, the
// lock never claims what the files lack, and a rerun finishes for at most 5% more than a clean run.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import {
  billingBound,
  chooseKillPoints,
  createEditedProject,
  createKillProject,
  measureChildRun,
  runKillPoint,
} from './scenarios/kill.js';
import { startMock } from './scenarios/mock.js';
import { removeProject } from './scenarios/project.js';
import { runReference } from './scenarios/translate-check.js';

const KILL_POINTS = Number(process.env.TOLK_KILL_POINTS ?? 20);
const EDITED_KILL_POINTS = Number(process.env.TOLK_EDITED_KILL_POINTS ?? 10);

let server: DeeplMockServer;

beforeAll(async () => {
  server = await startMock({ latencyMs: 10 });
});

afterAll(async () => {
  await server.close();
});

async function killMany(template: string, seed: number, count: number) {
  const reference = await runReference(template, server);
  const runMs = await measureChildRun(template, server);
  let killed = 0;
  for (const point of chooseKillPoints(seed, count, reference, runMs)) {
    const outcome = await runKillPoint(point, template, server, reference);
    removeProject(outcome.dir);
    const label = `${point.moment} ${point.at} (seed ${point.seed})`;
    expect(outcome.afterKill, label).toEqual([]);
    expect(outcome.afterRerun, label).toEqual([]);
    expect(outcome.resent, label).toBe(0);
    expect(outcome.billed, label).toBeLessThanOrEqual(billingBound(reference));
    if (outcome.killed) killed++;
  }
  return { killed, reference };
}

describe('SIGKILL mid-run', () => {
  it(`${KILL_POINTS} seeded kill points on a fresh project: whole files, a true lock, a rerun within 1.05× of a clean run`, async () => {
    const template = createKillProject();
    try {
      const { killed, reference } = await killMany(template, 1, KILL_POINTS);
      // Enough requests that the request cut off by a kill stays within 5%.
      expect(reference.requests).toBeGreaterThanOrEqual(40);
      expect(billingBound(reference)).toBe(reference.billed * 1.05);
      // Most points land inside the run (a late time point may find it finished).
      expect(killed).toBeGreaterThanOrEqual(Math.ceil(KILL_POINTS * 0.7));
    } finally {
      removeProject(template);
    }
  }, 600_000);

  it(`${EDITED_KILL_POINTS} seeded kill points after edits (changed, removed and new keys): the lock stays true`, async () => {
    const template = await createEditedProject(server);
    try {
      const { killed } = await killMany(template, 2, EDITED_KILL_POINTS);
      expect(killed).toBeGreaterThanOrEqual(Math.ceil(EDITED_KILL_POINTS * 0.5));
    } finally {
      removeProject(template);
    }
  }, 600_000);
});
