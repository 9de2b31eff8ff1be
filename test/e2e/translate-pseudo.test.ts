// The whole pipeline through the CLI with the offline pseudo provider, as a user would run it.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS } from '../helpers/project.js';

const CONFIG = 'targets: [en-GB, de]\nprovider: pseudo\n';

async function flat(dir: string, lang: string) {
  return (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!;
}

describe('tolk translate (pseudo)', () => {
  it('writes a locale file per language and the Swedish source, in document order, loadable by i18next', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['translate']);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    const sv = await flat(dir, 'sv');
    const de = await flat(dir, 'de');
    expect([...de.keys()]).toEqual([...sv.keys()]);
    expect(sv.get([...sv.keys()][0]!)).toBe('Xi och Putin stärker banden i Uzbekistan');
    const text = readFileSync(join(dir, 'locales/de', `${NS}.json`), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);

    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'de', resources: { de: { [NS]: JSON.parse(text) } }, ns: [NS] });
    for (const [key, value] of de) expect(i18n.t(`${NS}:${key}`)).toBe(value);
  });

  it('a second run translates nothing and changes no file', async () => {
    const dir = makeProject({ config: CONFIG });
    await runTolk(dir, ['translate']);
    const before = readFileSync(join(dir, 'locales/de', `${NS}.json`), 'utf8');
    const lockBefore = readFileSync(join(dir, 'tolk.lock.json'), 'utf8');
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/de: 0 translated/);
    expect(readFileSync(join(dir, 'locales/de', `${NS}.json`), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')).toBe(lockBefore);
  });

  it('an edited Swedish sentence changes exactly its key, and a hand edit survives the run', async () => {
    const dir = makeProject({ config: CONFIG });
    await runTolk(dir, ['translate']);
    const de = await flat(dir, 'de');
    const keys = [...de.keys()];
    const handKey = keys[10]!;
    const file = join(dir, 'locales/de', `${NS}.json`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        JSON.stringify(de.get(handKey)),
        JSON.stringify('Von Hand übersetzt.'),
      ),
    );

    const source = join(dir, 'content/sv', `${NS}.txt`);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('tiotals medlemmar', 'dussintals medlemmar'),
    );
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(0);

    const after = await flat(dir, 'de');
    const changed = [...after.keys()].filter((k) => after.get(k) !== de.get(k));
    const editedKey = [...(await flat(dir, 'sv'))].find(([, v]) =>
      v.includes('dussintals medlemmar'),
    )![0];
    expect([...after.keys()]).toEqual(keys);
    expect(changed.sort()).toEqual([editedKey, handKey].sort());
    expect(after.get(handKey)).toBe('Von Hand übersetzt.');
    const lock = JSON.parse(readFileSync(join(dir, 'tolk.lock.json'), 'utf8'));
    expect(lock.entries.de[NS][handKey].by).toBe('human');
    expect(existsSync(join(dir, '.tolk/memory.jsonl'))).toBe(false);
  });

  it('a hand-added key that a translation cannot nest beside stops the run: exit 2, its file untouched', async () => {
    const dir = makeProject({ config: CONFIG });
    await runTolk(dir, ['translate']);
    // A reviewer turns a sentence's key of the de file into an object holding a key of their own.
    const deFile = join(dir, 'locales/de', `${NS}.json`);
    const de = JSON.parse(readFileSync(deFile, 'utf8')) as Record<string, unknown>;
    const key = 'p-de-tva-ledarna-samtalade';
    expect(typeof de[key]).toBe('string');
    writeFileSync(deFile, `${JSON.stringify({ ...de, [key]: { note: 'Hand' } }, null, 2)}\n`);
    // A changed word in that sentence makes the run translate it again, under the same key.
    const source = join(dir, 'content/sv', `${NS}.txt`);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('tiotals medlemmar', 'dussintals medlemmar'),
    );
    const before = readFileSync(deFile, 'utf8');

    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`locales/de/${NS}.json`);
    expect(run.stderr).toContain('Rename the key that was added by hand');
    expect(readFileSync(deFile, 'utf8')).toBe(before);
    // en-GB, written before de, is whole, and what is on disk is a lock a rerun trusts: with the
    // file fixed, the run finishes and de gets the new sentence.
    writeFileSync(deFile, `${JSON.stringify({ ...de }, null, 2)}\n`);
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    expect((await flat(dir, 'de')).get(key)).toMatch(/ðúššíñţáļš/);
    expect((await flat(dir, 'en-GB')).get(key)).toMatch(/ðúššíñţáļš/);
  });
});
