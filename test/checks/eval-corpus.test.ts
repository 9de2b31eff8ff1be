// The evaluation corpus (test/fixtures/checks): clean Swedish→English/German files must give no
// finding at all, and the copy with labelled errors must be found with ≥ 97% recall per check.

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, runChecks } from '../../src/checks/index.js';
import { collectCheckRun } from '../../src/cli/commands/check.js';
import { loadConfig } from '../../src/config/index.js';
import { type Label, scoreFindings } from '../fixtures/checks/score.js';

const CORPUS = resolve(import.meta.dirname, '../fixtures/checks');

async function findingsIn(dir: string) {
  return runChecks(await collectCheckRun(await loadConfig(join(CORPUS, dir))));
}

describe('evaluation corpus', () => {
  it('finds nothing in the clean translations', async () => {
    const findings = await findingsIn('clean');
    expect(findings.map((f) => `${f.lang} ${f.ns}:${f.key} ${f.check}: ${f.message}`)).toEqual([]);
  });

  it('labels at least 150 errors, ten or more for every check id', async () => {
    const labels = JSON.parse(
      await readFile(join(CORPUS, 'injected/labels.json'), 'utf8'),
    ) as Label[];
    expect(labels.flatMap((l) => l.checks).length).toBeGreaterThanOrEqual(150);
    for (const id of CHECK_IDS)
      expect(labels.filter((l) => l.checks.includes(id)).length, id).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 97% of the labelled errors of every check', async () => {
    const labels = JSON.parse(
      await readFile(join(CORPUS, 'injected/labels.json'), 'utf8'),
    ) as Label[];
    const scores = scoreFindings(await findingsIn('injected'), labels);
    for (const score of scores) {
      const missed = score.missed.map((m) => `${m.lang} ${m.ns}:${m.key}`);
      expect(score.recall, `${score.check} missed ${missed.join(', ')}`).toBeGreaterThanOrEqual(
        0.97,
      );
    }
  });
});
