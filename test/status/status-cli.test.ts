// `tolk status` through the CLI, against what `tolk translate` then does.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS } from '../helpers/project.js';

const CONFIG = 'targets: [en-GB, de]\nprovider: pseudo\n';

interface StatusJson {
  rows: Array<Record<string, unknown> & { lang: string; keys: number }>;
  next: {
    languages: Array<{ lang: string; segments: number; characters: number; provider?: string }>;
    characters: number;
    providerProblem?: string;
  };
}

async function status(dir: string, ...args: string[]): Promise<StatusJson> {
  const run = await runTolk(dir, ['status', '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as StatusJson;
}

describe('tolk status', () => {
  it('before the first run: everything missing, and the characters translate --dry-run reports', async () => {
    const dir = makeProject({ config: CONFIG });
    const report = await status(dir);
    expect(report.rows.map((r) => r.lang)).toEqual(['en-GB', 'de']);
    for (const row of report.rows) {
      expect(row).toMatchObject({ ns: NS, current: 0, missing: row.keys, machine: {} });
      expect(row.keys).toBeGreaterThan(10);
    }
    const dry = await runTolk(dir, ['translate', '--dry-run']);
    for (const planned of report.next.languages) {
      expect(planned.provider).toBe('pseudo');
      expect(dry.stdout).toContain(
        `${planned.lang}: ${planned.segments} segment(s), ${planned.characters} characters to send via pseudo`,
      );
    }
    expect(dry.stdout).toContain(`Total: ${report.next.characters} characters.`);
  });

  it('after a run: all up to date, machine-made by the provider, nothing to send', async () => {
    const dir = makeProject({ config: CONFIG });
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    const report = await status(dir);
    for (const row of report.rows) {
      expect(row).toMatchObject({ current: row.keys, missing: 0, stale: 0, human: 0 });
      const machine = row.machine as Record<string, number>;
      expect(Object.values(machine).reduce((a, b) => a + b, 0)).toBe(row.keys);
      expect(machine.pseudo).toBeGreaterThan(0);
    }
    expect(report.next.characters).toBe(0);
  });

  it('counts an edited Swedish sentence as outdated and its characters as the next run’s', async () => {
    const dir = makeProject({ config: CONFIG });
    await runTolk(dir, ['translate']);
    const file = join(dir, 'content/sv', `${NS}.txt`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('tiotals medlemmar', 'dussintals medlemmar'),
    );
    const report = await status(dir, '--lang', 'de');
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ lang: 'de', outdated: 1, stale: 0 });
    expect(report.next.languages).toEqual([expect.objectContaining({ lang: 'de', segments: 1 })]);
    const sentence = readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.includes('dussintals'))!;
    expect(report.next.characters).toBe(sentence.trim().length);
  });

  it('prints a table, and names the missing provider instead of failing', async () => {
    const dir = makeProject({ config: 'targets: [de]\n' });
    const run = await runTolk(dir, ['status']);
    expect(run.code).toBe(0);
    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(
      /^language\s+namespace\s+keys\s+up to date\s+machine\s+human\s+manual\s+stale\s+outdated\s+missing$/,
    );
    expect(row).toMatch(new RegExp(`^de\\s+${NS}\\s+(\\d+)\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+\\1$`));
    expect(run.stdout).toContain('no provider is available');
    expect(run.stdout).toMatch(/Total: \d+ characters to send and bill\./);
  });

  it('rejects an unknown format', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['status', '--format', 'yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, json');
  });
});
