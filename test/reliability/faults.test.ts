// Every provider fault through the real CLI against the loopback DeepL mock: survived, or a clean
// stop that keeps what is done and a rerun that sends only the rest.

import { describe, expect, it } from 'vitest';
import { useFaultFixture } from './fault-fixture.js';
import { FAULT_SCENARIOS, runFaultScenario } from './scenarios/faults.js';

const fixture = useFaultFixture();

describe('provider faults during tolk translate', () => {
  it('the reference run needs several requests per language', () => {
    expect(fixture.reference.requests).toBeGreaterThanOrEqual(8);
  });

  for (const scenario of FAULT_SCENARIOS) {
    it(`${scenario.name}: ${scenario.expect === 'complete' ? 'survived' : `stops with exit ${scenario.expect}, keeps what is done, rerun sends only the rest`}`, async () => {
      const outcome = await runFaultScenario(
        scenario,
        fixture.template,
        fixture.server,
        fixture.reference,
      );
      expect(outcome.problems).toEqual([]);
      expect(outcome.injected).toBeGreaterThan(0);
      expect(outcome.resent).toBe(0);
    }, 60_000);
  }
});
