// Quota exhausted mid-run (DeepL 456): the run stops at once, writes and locks what is done, says so,
// and the next run, quota restored, sends only the rest.

import { describe, expect, it } from 'vitest';
import { useFaultFixture } from './fault-fixture.js';
import { mockEnv } from './scenarios/mock.js';
import { copyProject, removeProject } from './scenarios/project.js';
import { runTolk } from './scenarios/run-tolk.js';
import { checkStopped, rerunToCompletion, resetServer } from './scenarios/translate-check.js';

const fixture = useFaultFixture();

describe('quota exhausted mid-run', () => {
  for (const share of [0.15, 0.5, 0.85]) {
    it(`at ${share * 100}% of the run: stops, keeps, names the quota; the rerun pays only the rest`, async () => {
      const dir = copyProject(fixture.template);
      try {
        resetServer(fixture.server);
        fixture.server.state.characterLimit = Math.floor(fixture.reference.billed * share);
        const run = await runTolk(dir, ['translate'], mockEnv(fixture.server.url));
        expect(run.code).toBe(3);
        expect(run.stderr).toMatch(/tolk: the provider's character quota is used up/);
        expect(run.stderr).toMatch(/DeepL character quota is used up \(456\)/);

        const translate = fixture.server.state.requests.filter((r) => r.path === '/v2/translate');
        const first = translate.findIndex((r) => r.status === 456);
        expect(first).toBeGreaterThan(0);
        // At once: after the first 456 only the requests already in flight (2) may still be answered.
        expect(translate.length - first - 1).toBeLessThanOrEqual(2);

        const stopped = checkStopped(dir, fixture.reference);
        expect(stopped.problems).toEqual([]);
        // Everything answered before the quota ran out is in the files and the lock.
        const answered = translate
          .filter((r) => r.status === 200)
          .flatMap((r) => r.fields.text ?? []);
        expect(answered.length).toBeGreaterThan(0);
        expect(stopped.integrity.locked).toBeGreaterThanOrEqual(answered.length);
        const billedFirst = fixture.server.state.characterCount;

        fixture.server.state.characterLimit = Number.MAX_SAFE_INTEGER;
        const rerun = await rerunToCompletion(
          dir,
          fixture.server,
          fixture.reference,
          stopped.integrity,
        );
        expect(rerun.problems).toEqual([]);
        expect(rerun.resent).toBe(0);
        // Nothing was paid for twice: the two runs together cost what one clean run costs.
        expect(fixture.server.state.characterCount).toBe(fixture.reference.billed);
        expect(billedFirst).toBeLessThan(fixture.reference.billed);
      } finally {
        removeProject(dir);
      }
    }, 60_000);
  }
});
