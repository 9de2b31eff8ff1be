// `tolk review` through the CLI: JSON for programs, HTML pages on disk, and what goes wrong.

import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS } from '../helpers/project.js';
import { commitAll, initRepo } from './git-repo.js';

const CONFIG = 'targets: [en-GB, de]\nprovider: pseudo\n';

async function translatedRepo() {
  const dir = makeProject({ config: CONFIG });
  expect((await runTolk(dir, ['translate'])).code).toBe(0);
  await initRepo(dir);
  await commitAll(dir, 'Translate');
  const de = (await readLocaleFile(join(dir, 'locales/de', `${NS}.json`)))!;
  return { dir, de, keys: [...de.keys()] };
}

function replaceValue(dir: string, lang: string, from: string, to: string): void {
  const file = join(dir, 'locales', lang, `${NS}.json`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(JSON.stringify(from), JSON.stringify(to)));
}

describe('tolk review --format json', () => {
  it('lists exactly the changed keys with both values, producers, state, findings and a word diff', async () => {
    const { dir, de, keys } = await translatedRepo();
    const key = keys[5]!;
    replaceValue(dir, 'de', de.get(key)!, 'Ein Satz, den ein Mensch schrieb.');
    const run = await runTolk(dir, ['review', '--base', 'HEAD', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.base.ref).toBe('HEAD');
    expect(report.base.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(report.languages).toEqual(['en-GB', 'de']);
    expect(report.counts).toEqual({ added: 0, changed: 1, removed: 0, unchanged: keys.length - 1 });
    const [ns] = report.namespaces;
    expect(ns).toMatchObject({ ns: NS, change: 'changed' });
    expect(ns.keys.map((k: { key: string }) => k.key)).toEqual([key]);
    const changed = ns.keys[0];
    expect(changed.source).toBeTypeOf('string');
    expect(changed.sourceBefore).toBeUndefined();
    const german = changed.translations.find((t: { lang: string }) => t.lang === 'de');
    expect(german).toMatchObject({
      change: 'changed',
      before: de.get(key),
      after: 'Ein Satz, den ein Mensch schrieb.',
      byBefore: 'pseudo',
      by: 'human',
      edited: true,
      state: 'current',
    });
    const joined = (ops: string[]) =>
      german.diff
        .filter((p: { op: string }) => ops.includes(p.op))
        .map((p: { text: string }) => p.text)
        .join('');
    expect(joined(['equal', 'delete'])).toBe(de.get(key));
    expect(joined(['equal', 'insert'])).toBe('Ein Satz, den ein Mensch schrieb.');
    expect(Array.isArray(german.findings)).toBe(true);
    const english = changed.translations.find((t: { lang: string }) => t.lang === 'en-GB');
    expect(english).toMatchObject({ change: 'unchanged', by: 'pseudo' });
    expect(english.diff).toBeUndefined();
  });

  it('--lang narrows the languages', async () => {
    const { dir } = await translatedRepo();
    const run = await runTolk(dir, [
      'review',
      '--base',
      'HEAD',
      '--format',
      'json',
      '--lang',
      'de',
    ]);
    expect(JSON.parse(run.stdout).languages).toEqual(['de']);
  });

  it('reports every key as added when the base has no translations yet', async () => {
    const dir = makeProject({ config: CONFIG });
    await initRepo(dir);
    await commitAll(dir, 'The Swedish only');
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    const report = JSON.parse(
      (await runTolk(dir, ['review', '--base', 'HEAD', '--format', 'json'])).stdout,
    );
    const de = (await readLocaleFile(join(dir, 'locales/de', `${NS}.json`)))!;
    expect(report.counts).toMatchObject({ changed: 0, removed: 0, unchanged: 0 });
    expect(report.counts.added).toBe(de.size);
    const first = report.namespaces[0].keys[0];
    expect(first.translations.every((t: { change: string }) => t.change === 'added')).toBe(true);
  });
});

describe('tolk review --format html', () => {
  it('writes one self-contained page per language and namespace and an index', async () => {
    const { dir, de, keys } = await translatedRepo();
    replaceValue(dir, 'de', de.get(keys[8]!)!, 'Von Hand <übersetzt> & geprüft.');
    const run = await runTolk(dir, [
      'review',
      '--format',
      'html',
      '--base',
      'HEAD',
      '--out',
      'pages',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Wrote 2 review page(s)');
    expect(readdirSync(join(dir, 'pages')).sort()).toEqual(['de', 'en-GB', 'index.html']);
    const index = readFileSync(join(dir, 'pages/index.html'), 'utf8');
    expect(index).toContain(`href="de/${NS}.html"`);
    expect(index).toContain(`href="en-GB/${NS}.html"`);
    const page = readFileSync(join(dir, 'pages/de', `${NS}.html`), 'utf8');
    for (const html of [index, page]) {
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import|https?:\/\//i);
    }
    expect(page).toContain('Von Hand &lt;übersetzt&gt; &amp; geprüft.');
    expect(page).not.toContain('<übersetzt>');
    expect(page).toContain('compared with <code>HEAD</code>');
    expect(page.includes('<p class="changed-count">1 segment changed since')).toBe(true);
  });

  it('writes pages without --base, into review/ by default', async () => {
    const dir = makeProject({ config: CONFIG });
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    const run = await runTolk(dir, ['review', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'review/index.html'))).toBe(true);
    const page = readFileSync(join(dir, 'review/en-GB', `${NS}.html`), 'utf8');
    expect(page.includes('class="changed-count"')).toBe(false);
    expect(page.includes('compared with')).toBe(false);
  });
});

describe('tolk review: errors users can cause', () => {
  it('asks for --base for a Markdown or JSON report', async () => {
    const { dir } = await translatedRepo();
    const run = await runTolk(dir, ['review']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Could not review: --base is missing.');
  });

  it('names an unknown ref and says how to fetch it', async () => {
    const { dir } = await translatedRepo();
    const run = await runTolk(dir, ['review', '--base', 'origin/nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Could not read the base "origin/nope"');
    expect(run.stderr).toContain('fetch-depth: 0');
  });

  it('refuses a ref that git would read as an option', async () => {
    const { dir } = await translatedRepo();
    const run = await runTolk(dir, ['review', '--base=--output=/tmp/x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a ref cannot start with "-"');
  });

  it('says so outside a git repository', async () => {
    const dir = makeProject({ config: CONFIG });
    expect((await runTolk(dir, ['translate'])).code).toBe(0);
    const run = await runTolk(dir, ['review', '--base', 'HEAD']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not inside a git repository');
  });

  it('rejects an unknown format', async () => {
    const { dir } = await translatedRepo();
    const run = await runTolk(dir, ['review', '--base', 'HEAD', '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of markdown, json, html');
  });

  it('reads the base of a project that lives in a subdirectory of the repository', async () => {
    const project = makeProject({ config: CONFIG });
    expect((await runTolk(project, ['translate'])).code).toBe(0);
    const repo = makeProject({ glossary: false });
    cpSync(project, join(repo, 'site'), { recursive: true });
    await initRepo(repo);
    await commitAll(repo, 'Translate the site');
    const dir = join(repo, 'site');
    const de = (await readLocaleFile(join(dir, 'locales/de', `${NS}.json`)))!;
    const key = [...de.keys()][2]!;
    replaceValue(dir, 'de', de.get(key)!, 'Neu.');
    const report = JSON.parse(
      (await runTolk(dir, ['review', '--base', 'HEAD', '--format', 'json'])).stdout,
    );
    expect(report.counts.changed).toBe(1);
    expect(report.namespaces[0].keys[0]).toMatchObject({ key });
  });
});
