// The setup the fault, quota and concurrency tests share: one loopback DeepL mock, the fault
// project as a template, and a clean reference run to compare against.

import { afterAll, beforeAll } from 'vitest';
import type { DeeplMockServer } from '../../src/testing/index.js';
import { createFaultProject } from './scenarios/faults.js';
import { startMock } from './scenarios/mock.js';
import { removeProject } from './scenarios/project.js';
import { type Reference, runReference } from './scenarios/translate-check.js';

export interface FaultFixture {
  server: DeeplMockServer;
  template: string;
  reference: Reference;
}

/** Filled in `beforeAll`; read its fields inside tests only. */
export function useFaultFixture(): FaultFixture {
  const fixture = {} as FaultFixture;
  beforeAll(async () => {
    fixture.server = await startMock();
    fixture.template = createFaultProject();
    fixture.reference = await runReference(fixture.template, fixture.server);
  }, 60_000);
  afterAll(async () => {
    await fixture.server.close();
    removeProject(fixture.template);
  });
  return fixture;
}
