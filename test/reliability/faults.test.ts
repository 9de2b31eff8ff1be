// Every provider fault through the real CLI against the loopback DeepL mock: survived, or a clean
// stop that keeps what is done and a rerun that sends only the rest.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import { createFaultProject, FAULT_SCENARIOS, runFaultScenario } from './scenarios/faults.js';
import { startMock } from './scenarios/mock.js';
import { removeProject } from './scenarios/project.js';
import { type Reference, runReference } from './scenarios/translate-check.js';

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

describe('provider faults during tolk translate', () => {
  it('the reference run needs several requests per language', () => {
    expect(reference.requests).toBeGreaterThanOrEqual(8);
  });

  for (const scenario of FAULT_SCENARIOS) {
    it(`${scenario.name}: ${scenario.expect === 'complete' ? 'survived' : `stops with exit ${scenario.expect}, keeps what is done, rerun sends only the rest`}`, async () => {
      const outcome = await runFaultScenario(scenario, template, server, reference);
      expect(outcome.problems).toEqual([]);
      expect(outcome.injected).toBeGreaterThan(0);
      expect(outcome.resent).toBe(0);
    }, 60_000);
  }
});
