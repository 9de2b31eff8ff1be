import { describe, expect, it } from 'vitest';
import { runSteps, runStepsPausing } from '../src/pause.js';

/** Steps that each keep the thread busy for `ms`, counting how many ran. */
function* busySteps(count: number, ms: number, ran: { steps: number }) {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end) {}
    ran.steps++;
    yield;
  }
  return 'done';
}

describe('runStepsPausing', () => {
  it('lets what waits for the event loop in between steps, and returns the result', async () => {
    const ran = { steps: 0 };
    let stepsWhenLetIn: number | undefined;
    setImmediate(() => {
      stepsWhenLetIn = ran.steps;
    });
    await expect(runStepsPausing(busySteps(20, 0.5, ran))).resolves.toBe('done');
    // Let in after a slice of a few steps, not after all twenty.
    expect(stepsWhenLetIn).toBeGreaterThan(0);
    expect(stepsWhenLetIn).toBeLessThan(20);
  });

  it('runSteps runs every step at once', () => {
    const ran = { steps: 0 };
    expect(runSteps(busySteps(5, 0, ran))).toBe('done');
    expect(ran.steps).toBe(5);
  });
});
