// The README's first steps on the committed repository: clone state, no key, no network.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS, REPO } from '../helpers/project.js';

const config = readFileSync(join(REPO, 'tolk.config.yaml'), 'utf8');
const TARGETS = ['en-GB', 'de', 'uk', 'nb'];

describe('the README flow on the committed locales', () => {
  it('npm run translate keeps everything and tolk check passes', async () => {
    const dir = makeProject({ config, locales: true });
    const before = readFileSync(join(dir, 'tolk.lock.json'), 'utf8');
    const run = await runTolk(dir, ['translate'], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const lang of TARGETS) expect(run.stdout).toContain(`${lang}: 0 translated`);
    expect(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')).toBe(before);
    const check = await runTolk(dir, ['check']);
    expect(check.stdout).toContain('no problems found');
    expect(check.code).toBe(0);
  });

  it('a changed sentence changes exactly its key in every language with --provider pseudo, and check passes', async () => {
    const dir = makeProject({ config, locales: true });
    const before = new Map<string, Map<string, string>>();
    for (const lang of TARGETS)
      before.set(lang, (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!);
    const source = join(dir, 'content/sv', `${NS}.txt`);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('samtliga närvarande ledare', 'alla närvarande ledare'),
    );

    const run = await runTolk(dir, ['translate', '--provider', 'pseudo']);
    expect(run.code).toBe(0);
    const sv = (await readLocaleFile(join(dir, 'locales/sv', `${NS}.json`)))!;
    const edited = [...sv].find(([, v]) => v.includes('alla närvarande ledare'))![0];
    for (const lang of TARGETS) {
      const after = (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!;
      const old = before.get(lang)!;
      expect([...after.keys()]).toEqual([...old.keys()]);
      const changed = [...after.keys()].filter((k) => after.get(k) !== old.get(k));
      expect(changed, lang).toEqual([edited]);
    }
    const check = await runTolk(dir, ['check']);
    expect(check.stdout + check.stderr).not.toMatch(/error/);
    expect(check.code).toBe(0);
  });
});
