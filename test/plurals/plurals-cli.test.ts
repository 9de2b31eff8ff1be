// UI strings with plural families through the real CLI: pseudo and a user's engine that inflects
// by the number it is shown.

import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS, REPO } from '../helpers/project.js';

const ENGINE = join(REPO, 'test/fixtures/plurals/inflecting-engine.mjs');
const ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

const UI = {
  menu: { inbox: 'Inkorg' },
  files_one: '{{count}} fil',
  files_other: '{{count}} filer',
  greeting: 'Hej {{name}}!',
};

function uiProject(targets: string, provider: string, ui: unknown = UI) {
  const dir = makeProject({
    glossary: false,
    config: `targets: [${targets}]\nprovider: ${provider}\n`,
    files: { 'content/sv/ui.json': `${JSON.stringify(ui, null, 2)}\n` },
  });
  return dir;
}

async function keysOf(dir: string, lang: string, ns = 'ui') {
  return [
    ...((await readLocaleFile(join(dir, 'locales', lang, `${ns}.json`))) ?? new Map()).keys(),
  ];
}

async function i18nFor(dir: string, lang: string) {
  const i18n = i18next.createInstance();
  const ui = JSON.parse(readFileSync(join(dir, 'locales', lang, 'ui.json'), 'utf8'));
  await i18n.init({ lng: lang, resources: { [lang]: { ui } }, ns: ['ui'], defaultNS: 'ui' });
  return i18n;
}

describe('plural families through tolk translate', () => {
  it('pseudo: each target gets exactly its CLDR categories beside the article, the Swedish keeps its own', async () => {
    const dir = uiProject('uk, de, en-GB', 'pseudo');
    const run = await runTolk(dir, ['translate']);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(await keysOf(dir, 'sv')).toEqual(['menu.inbox', 'files_one', 'files_other', 'greeting']);
    for (const lang of ['uk', 'de', 'en-GB']) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const files = ORDER.filter((c) => needed.includes(c as never)).map((c) => `files_${c}`);
      expect(await keysOf(dir, lang)).toEqual(['menu.inbox', ...files, 'greeting']);
      const values = (await readLocaleFile(join(dir, 'locales', lang, 'ui.json')))!;
      for (const key of files) expect(values.get(key)).toMatch(/^\[\{\{count\}\} ƒíļ/);
      // The article beside the strings is translated as before.
      expect((await keysOf(dir, lang, NS)).length).toBeGreaterThan(10);
    }
    const check = await runTolk(dir, ['check', '--format', 'json']);
    const findings = JSON.parse(check.stdout) as Array<{ check: string; ns: string }>;
    const about = findings.filter((f) => f.ns === 'ui').map((f) => f.check);
    for (const id of ['plural', 'missing-key', 'extra-key', 'placeholder', 'stale']) {
      expect(about).not.toContain(id);
    }
  });

  it('an inflecting engine sees a count of each category, and i18next picks the right form', async () => {
    const dir = uiProject('uk, de, en-GB', './engine.mjs');
    copyFileSync(ENGINE, join(dir, 'engine.mjs'));
    rmSync(join(dir, 'content/sv', `${NS}.txt`));
    const run = await runTolk(dir, ['translate']);
    expect(run.stderr).not.toMatch(/internal error|warning/);
    expect(run.code).toBe(0);

    const uk = (await readLocaleFile(join(dir, 'locales/uk/ui.json')))!;
    expect(Object.fromEntries([...uk].filter(([k]) => k.startsWith('files_')))).toEqual({
      files_one: '{{count}} файл',
      files_few: '{{count}} файли',
      files_many: '{{count}} файлів',
      files_other: '{{count}} файлу',
    });
    const ukT = await i18nFor(dir, 'uk');
    expect(ukT.t('files', { count: 1 })).toBe('1 файл');
    expect(ukT.t('files', { count: 3 })).toBe('3 файли');
    expect(ukT.t('files', { count: 11 })).toBe('11 файлів');
    expect(ukT.t('files', { count: 21 })).toBe('21 файл');

    const deT = await i18nFor(dir, 'de');
    expect([deT.t('files', { count: 1 }), deT.t('files', { count: 4 })]).toEqual([
      '1 Datei',
      '4 Dateien',
    ]);
    const enT = await i18nFor(dir, 'en-GB');
    expect([enT.t('files', { count: 1 }), enT.t('files', { count: 0 })]).toEqual([
      '1 file',
      '0 files',
    ]);
  });

  it('a rerun changes nothing; a reviewer’s few survives; a changed _other retranslates exactly few, many and other', async () => {
    const dir = uiProject('uk', './engine.mjs');
    copyFileSync(ENGINE, join(dir, 'engine.mjs'));
    rmSync(join(dir, 'content/sv', `${NS}.txt`));
    await runTolk(dir, ['translate']);
    const file = join(dir, 'locales/uk/ui.json');
    const lock = join(dir, 'tolk.lock.json');
    const [before, lockBefore] = [readFileSync(file, 'utf8'), readFileSync(lock, 'utf8')];
    const again = await runTolk(dir, ['translate']);
    expect(again.stdout).toMatch(/uk: 0 translated/);
    expect([readFileSync(file, 'utf8'), readFileSync(lock, 'utf8')]).toEqual([before, lockBefore]);

    writeFileSync(file, before.replace('"{{count}} файли"', '"{{count}} файли (вручну)"'));
    expect((await runTolk(dir, ['translate'])).stdout).toMatch(/uk: 0 translated, 6 kept/);
    const source = join(dir, 'content/sv/ui.json');
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('"{{count}} filer"', '"Alla {{count}} filer"'),
    );
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/uk: 2 translated by inflecting, 4 kept, 1 stale/);
    const uk = (await readLocaleFile(file))!;
    expect(uk.get('files_one')).toBe('{{count}} файл');
    expect(uk.get('files_few')).toBe('{{count}} файли (вручну)');
    expect(uk.get('files_many')).toBe('Alla {{count}} файлів');
    expect(uk.get('files_other')).toBe('Alla {{count}} файлу');
    const entries = JSON.parse(readFileSync(lock, 'utf8')).entries.uk.ui;
    expect(entries.files_few).toMatchObject({ by: 'human', stale: true });
  });

  it('a missing plural form is translated anew, never copied from another form with the same Swedish', async () => {
    const dir = uiProject('uk', './engine.mjs');
    copyFileSync(ENGINE, join(dir, 'engine.mjs'));
    rmSync(join(dir, 'content/sv', `${NS}.txt`));
    await runTolk(dir, ['translate']);
    const file = join(dir, 'locales/uk/ui.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n\s*"files_many": "[^"]*",/, ''));
    expect(await keysOf(dir, 'uk')).not.toContain('files_many');
    const run = await runTolk(dir, ['translate']);
    expect(run.stdout).toMatch(/uk: 1 translated/);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('an engine that drops the count gets a warning naming the key', async () => {
    const dir = uiProject('de', './words.mjs');
    writeFileSync(
      join(dir, 'words.mjs'),
      `export default () => ({ name: 'words', capabilities: {}, async translate(texts) { return texts.map((t) => t.replace(/\\d+/, 'zwei')); } });`,
    );
    rmSync(join(dir, 'content/sv', `${NS}.txt`));
    const run = await runTolk(dir, ['translate']);
    expect(run.stderr).toMatch(
      /de\/ui files_other: \[plural\] The engine did not keep the count 2/,
    );
  });
});

describe('JSON source strings', () => {
  it('refuses a source key with ":" naming the file and line', async () => {
    const dir = makeProject({
      glossary: false,
      config: 'targets: [de]\nprovider: pseudo\n',
      files: { 'content/sv/ui.json': '{\n  "ok": "Ja",\n  "a:b": "Nej"\n}\n' },
    });
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ui\.json:3: Could not use the source key "a:b": i18next reads ":"/);
  });

  it('reports broken JSON as a source problem, not as a locale file to delete', async () => {
    const dir = makeProject({
      glossary: false,
      config: 'targets: [de]\nprovider: pseudo\n',
      files: { 'content/sv/ui.json': '{\n  "ok": "Ja",\n  "n": 3\n}\n' },
    });
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /ui\.json:3:\d+: Could not read the source strings: the value of "n" is not a string/,
    );
    expect(run.stderr).not.toMatch(/delete the file/);
  });

  it('refuses ui.txt beside ui.json: both would write the same locale files', async () => {
    const dir = makeProject({
      glossary: false,
      config: 'targets: [de]\nprovider: pseudo\n',
      files: { 'content/sv/ui.json': '{ "a": "Ja" }\n', 'content/sv/ui.txt': 'Rubrik\n' },
    });
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ui\.json and ui\.txt are both namespace "ui"/);
  });

  it('keeps a key with an empty Swedish text out with a clear message', async () => {
    const dir = makeProject({
      glossary: false,
      config: 'targets: [de]\nprovider: pseudo\n',
      files: { 'content/sv/ui.json': '{\n  "a": " "\n}\n' },
    });
    const run = await runTolk(dir, ['translate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /ui\.json:2: Could not use the source key "a": its Swedish text is empty/,
    );
  });
});
