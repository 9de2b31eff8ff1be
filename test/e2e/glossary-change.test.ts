// Changing one glossary entry retranslates exactly the segments that contain that term.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS } from '../helpers/project.js';

const read = async (dir: string, lang: string) =>
  (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!;

describe('a changed glossary entry', () => {
  it('retranslates only the segments using it, only in the language whose pin changed', async () => {
    const dir = makeProject({ config: 'targets: [en-GB, de]\nprovider: pseudo\n' });
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    const before = { en: await read(dir, 'en-GB'), de: await read(dir, 'de') };

    const glossary = join(dir, 'glossary.yaml');
    const text = readFileSync(glossary, 'utf8');
    const edited = text.replace(
      /(\n {2}Peking:\n {4}translations:\n {6}en: )Beijing/,
      '$1Peking (Beijing)',
    );
    expect(edited).not.toBe(text);
    writeFileSync(glossary, edited);
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(0);

    const sv = await read(dir, 'sv');
    const usingPeking = [...sv].filter(([, v]) => /\bPeking\b/.test(v)).map(([k]) => k);
    expect(usingPeking.length).toBeGreaterThan(1);
    const en = await read(dir, 'en-GB');
    const changed = [...en.keys()].filter((k) => en.get(k) !== before.en.get(k));
    expect(changed.sort()).toEqual(usingPeking.sort());
    for (const key of changed) expect(en.get(key)).toContain('Peking (Beijing)');
    const de = await read(dir, 'de');
    expect([...de]).toEqual([...before.de]);
  });
});
