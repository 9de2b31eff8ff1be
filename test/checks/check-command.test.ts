import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/checks/hash-text.js';
import { runTolk } from '../helpers/cli.js';
import { useFilesProjects } from '../helpers/files-project.js';

/** A directory of locale files that tolk did not write: no config, lock or glossary. */
const project = useFilesProjects('tolk-check-');

const sv = {
  nav: { home: 'Hem', search: 'Sök' },
  welcome: 'Välkommen, {{name}}!',
  price: 'Det kostar 12 500 kronor.',
};
const en = {
  nav: { home: 'Home', search: 'Search' },
  welcome: 'Welcome, {{name}}!',
  price: 'It costs 12,500 kronor.',
};
const de = {
  nav: { home: 'Startseite', search: 'Suche' },
  welcome: 'Willkommen, {{name}}!',
  price: 'Es kostet 12.500 Kronen.',
};

describe('tolk check', () => {
  it('passes clean locale files without config, lock or glossary', async () => {
    const dir = project({
      'locales/sv/ui.json': sv,
      'locales/en-GB/ui.json': en,
      'locales/de/ui.json': de,
    });
    const run = await runTolk(dir, ['check']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('tolk check: no problems found.\n');
    expect(run.code).toBe(0);
  });

  it('exits 1 on an error and prints JSON findings with file and line', async () => {
    const broken = { ...de, welcome: 'Willkommen, {{namn}}!' };
    const dir = project({
      'locales/sv/ui.json': sv,
      'locales/en-GB/ui.json': en,
      'locales/de/ui.json': broken,
    });
    const run = await runTolk(dir, ['check', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        lang: 'de',
        ns: 'ui',
        key: 'welcome',
        check: 'placeholder',
        severity: 'error',
        message: expect.stringContaining('{{namn}}'),
        file: join('locales', 'de', 'ui.json'),
        line: 6,
      },
    ]);
  });

  it('exits 0 when only warnings remain, and prints GitHub annotations', async () => {
    const dir = project({
      'locales/sv/ui.json': sv,
      'locales/en-GB/ui.json': { ...en, price: 'It costs 12,500 kronor' },
    });
    const run = await runTolk(dir, ['check', '--format', 'github']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      '::warning file=locales/en-GB/ui.json,line=7,title=end-punctuation::en-GB ui:price: The source ends with a full stop, the translation with no final punctuation.\n',
    );
  });

  it('narrows to --lang and --ns, and reports missing files and keys', async () => {
    const dir = project({
      'locales/sv/ui.json': sv,
      'locales/sv/news.json': { title: 'Rubrik' },
      'locales/en-GB/ui.json': { nav: en.nav, welcome: en.welcome },
      'locales/de/ui.json': de,
    });
    const en1 = JSON.parse(
      (await runTolk(dir, ['check', '--format', 'json', '--lang', 'en-GB'])).stdout,
    );
    expect(
      en1.map((f: { ns: string; key: string; check: string }) => `${f.ns}:${f.key}:${f.check}`),
    ).toEqual(['news:title:missing-key', 'ui:price:missing-key']);
    const onlyUi = await runTolk(dir, ['check', '--format', 'json', '--ns', 'ui']);
    expect(JSON.parse(onlyUi.stdout)).toHaveLength(1);
    expect(onlyUi.code).toBe(1);
  });

  it('uses the lock and the glossary when they are there', async () => {
    const dir = project({
      'locales/sv/ui.json': { city: 'Möte i Kreml' },
      'locales/en-GB/ui.json': { city: 'Meeting in the Kreml' },
      'glossary.yaml': 'terms:\n  Kreml:\n    translations: { en: Kremlin }\n',
      'tolk.lock.json': {
        version: 1,
        entries: {
          'en-GB': {
            ui: { city: { source: hashText('Möte i Kremlin'), output: 'x', by: 'deepl' } },
          },
        },
      },
    });
    const findings = JSON.parse((await runTolk(dir, ['check', '--format', 'json'])).stdout);
    expect(findings.map((f: { check: string }) => f.check)).toEqual(['glossary', 'stale']);
  });

  it('follows the checks settings of tolk.config.yaml', async () => {
    const dir = project({
      'tolk.config.yaml': 'checks:\n  placeholder: warning\n',
      'locales/sv/ui.json': sv,
      'locales/de/ui.json': { ...de, welcome: 'Willkommen, {{namn}}!' },
    });
    const run = await runTolk(dir, ['check']);
    expect(run.stdout).toMatch(/warning {2}placeholder/);
    expect(run.code).toBe(0);
  });

  it('exits 2 with a message for bad usage or a project without source files', async () => {
    const dir = project({ 'locales/sv/ui.json': sv, 'locales/de/ui.json': de });
    const bad = await runTolk(dir, ['check', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of text, json, github, markdown/);
    const unknownNs = await runTolk(dir, ['check', '--ns', 'nope']);
    expect(unknownNs.code).toBe(2);
    expect(unknownNs.stderr).toMatch(/no sv\/nope\.json/);
    const empty = await runTolk(project({ 'README.md': '# x' }), ['check']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/Could not check the locale files/);
  });
});
