// The pull-request workflow through the CLI in a real git repository: a reviewer edits a
// translation, tolk keeps it, marks it stale when the Swedish changes under it, and `tolk review`
// shows the change the way a reader of the PR comment should see it.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { escapeMarkdown } from '../../src/review/markdown/escape-markdown.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS } from '../helpers/project.js';
import { commitAll, initRepo } from '../review/git-repo.js';

const CONFIG = 'targets: [en-GB, de]\nprovider: pseudo\n';
const SENTENCE = 'som Peking anser vara en del av Kina';
const HUMAN = 'Russland bekundete auch seine Unterstützung für China in der Taiwan-Frage.';

interface LockFile {
  entries: Record<string, Record<string, Record<string, { by: string; stale?: true }>>>;
}

async function values(dir: string, lang: string): Promise<Map<string, string>> {
  return (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!;
}

function lockEntry(dir: string, lang: string, key: string) {
  const lock = JSON.parse(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')) as LockFile;
  return lock.entries[lang]?.[NS]?.[key];
}

/** Replaces one value in a locale file the way a reviewer edits it on GitHub: in place, by hand. */
function editValue(dir: string, lang: string, from: string, to: string): void {
  const file = join(dir, 'locales', lang, `${NS}.json`);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(JSON.stringify(from));
  writeFileSync(file, text.replace(JSON.stringify(from), JSON.stringify(to)));
}

function editSwedish(dir: string, from: string, to: string): void {
  const file = join(dir, 'content/sv', `${NS}.txt`);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

async function translate(dir: string, ...args: string[]) {
  const run = await runTolk(dir, ['translate', ...args]);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.code).toBe(0);
  return run;
}

/** A translated project in a git repository, and the key of the sentence the reviewer works on. */
async function setUp() {
  const dir = makeProject({ config: CONFIG });
  await translate(dir);
  await initRepo(dir);
  await commitAll(dir, 'Translate the article');
  const sv = await values(dir, 'sv');
  const keys = [...sv.keys()];
  const key = keys.find((k) => sv.get(k)!.includes(SENTENCE))!;
  expect(key).toBeDefined();
  return { dir, keys, key, index: keys.indexOf(key) };
}

describe('the PR workflow in a git repository', () => {
  it('keeps a reviewer’s edit as human, marks it stale when the Swedish changes, and reviews each step', async () => {
    const { dir, keys, key, index } = await setUp();
    const machine = (await values(dir, 'de')).get(key)!;

    // 1. A reviewer replaces the machine translation; the next run keeps it and records it.
    editValue(dir, 'de', machine, HUMAN);
    await translate(dir);
    expect((await values(dir, 'de')).get(key)).toBe(HUMAN);
    expect(lockEntry(dir, 'de', key)).toMatchObject({ by: 'human' });
    expect(lockEntry(dir, 'de', key)?.stale).toBeUndefined();
    await commitAll(dir, 'Review the German');

    const first = await runTolk(dir, ['review', '--base', 'HEAD~1']);
    expect(first.code).toBe(0);
    const md = first.stdout;
    expect(md.startsWith('<!-- tolk-review -->\n')).toBe(true);
    expect(md).toContain('**1 key changed**');
    expect(md).toContain(`#### \`${key}\` · changed`);
    const deRow = md.split('\n').find((line) => line.startsWith('| **de** |'))!;
    expect(deRow).toContain('| pseudo → human |');
    // A rewrite: the old machine text struck through as a whole, the reviewer's text in bold.
    expect(deRow).toContain(`| ~~${escapeMarkdown(machine)}~~ **${HUMAN}** |`);
    // The language that did not change stands beside it, plain.
    const enRow = md.split('\n').find((line) => line.startsWith('| **en-GB** |'))!;
    expect(enRow).toMatch(/\| pseudo \|$/);
    expect(enRow).not.toContain('~~');
    expect(md).toContain(`*… ${index} unchanged keys …*`);
    expect(md).toContain(`*… ${keys.length - index - 1} unchanged keys …*`);
    expect(md).not.toContain('unchanged keys …*\n\n*…');

    // 2. A second touch by hand, before any run: the review shows the word that moved.
    editValue(dir, 'de', HUMAN, HUMAN.replace('auch', 'ebenfalls'));
    await commitAll(dir, 'Polish the German');
    const second = await runTolk(dir, ['review', '--base', 'HEAD~1']);
    const polished = second.stdout.split('\n').find((line) => line.startsWith('| **de** |'))!;
    expect(polished).toContain('bekundete ~~auch~~ **ebenfalls** seine');
    expect(polished).toContain('human (edited; not in the lock yet)');
    const status = JSON.parse((await runTolk(dir, ['status', '--format', 'json'])).stdout);
    const deStatus = status.rows.find((r: { lang: string }) => r.lang === 'de');
    expect(deStatus).toMatchObject({ human: 1, edited: 1, stale: 0, missing: 0 });
    await translate(dir);
    await commitAll(dir, 'Record the edit');

    // 3. The Swedish changes under the human translation: kept, stale, reported.
    editSwedish(dir, 'trots öns självstyre', 'trots öns långa självstyre');
    const run = await translate(dir);
    expect(run.stdout).toMatch(/de: 0 translated, \d+ kept, 1 stale/);
    expect((await values(dir, 'de')).get(key)).toBe(HUMAN.replace('auch', 'ebenfalls'));
    expect(lockEntry(dir, 'de', key)).toMatchObject({ by: 'human', stale: true });
    expect(lockEntry(dir, 'en-GB', key)).toMatchObject({ by: 'pseudo' });
    expect((await values(dir, 'en-GB')).get(key)).toContain('šĵäļṽšţýŕé');

    const check = await runTolk(dir, ['check', '--format', 'json']);
    const stale = JSON.parse(check.stdout).filter((f: { check: string }) => f.check === 'stale');
    expect(stale).toEqual([expect.objectContaining({ lang: 'de', key, severity: 'warning' })]);

    const text = await runTolk(dir, ['status']);
    expect(text.stdout).toMatch(/^de\s+xi-putin-samarkand\s+\d+\s+\d+\s+.*\s1\s+0\s+0$/m);
    expect(text.stdout).toContain('1 human translation is stale');

    const third = await runTolk(dir, ['review', '--base', 'HEAD']);
    const lines = third.stdout.split('\n');
    expect(lines).toContain(
      `**sv** Ryssland uttryckte också sitt stöd till Kina vad gäller Taiwan, som Peking anser vara en del av Kina – trots öns **långa** självstyre. *(Swedish changed)*`,
    );
    expect(lines.find((l) => l.startsWith('| **de** |'))).toContain('⏳ **stale**');
    expect(lines.find((l) => l.startsWith('| **en-GB** |'))).toContain('| pseudo |');
    expect(third.stdout).toContain('⏳ **1 stale human translation**');
    expect(third.stdout).toMatch(/- ⚠️ \*\*de\*\* `stale`: /);

    // 4. Asked to, tolk retranslates the stale translation.
    await translate(dir, '--retranslate-stale');
    expect(lockEntry(dir, 'de', key)).toMatchObject({ by: 'pseudo' });
    expect(lockEntry(dir, 'de', key)?.stale).toBeUndefined();
  });

  it('moves a human translation along, stale, when an edit of its opening words renames its key', async () => {
    const { dir, key } = await setUp();
    editValue(dir, 'de', (await values(dir, 'de')).get(key)!, HUMAN);
    await translate(dir);
    await commitAll(dir, 'Review the German');

    editSwedish(dir, 'Ryssland uttryckte också', 'Ryssland uttryckte dessutom');
    await translate(dir);
    const sv = await values(dir, 'sv');
    const renamed = [...sv.keys()].find((k) => sv.get(k)!.includes(SENTENCE))!;
    expect(renamed).not.toBe(key);
    expect((await values(dir, 'de')).get(renamed)).toBe(HUMAN);
    expect((await values(dir, 'de')).has(key)).toBe(false);
    expect(lockEntry(dir, 'de', renamed)).toMatchObject({ by: 'human', stale: true });

    const review = await runTolk(dir, ['review', '--base', 'HEAD']);
    expect(review.stdout).toContain(`#### \`${renamed}\` · changed (renamed from \`${key}\`)`);
    expect(review.stdout).toContain('Ryssland uttryckte ~~också~~ **dessutom** sitt stöd');
    expect(review.stdout).toContain('0 added, 1 changed, 0 removed');

    // The side-by-side page compares the renamed key with its old name's translation.
    expect((await runTolk(dir, ['review', '--format', 'html', '--base', 'HEAD'])).code).toBe(0);
    const page = readFileSync(join(dir, 'review/en-GB', `${NS}.html`), 'utf8');
    expect(page).toContain('<p class="changed-count">1 segment changed since');
    const row = page.slice(page.indexOf(`data-key="${renamed}"`));
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/Changed/);
  });

  it('tolk status foretells what the next run does with the repository’s reviewed translations', async () => {
    const dir = makeProject({ config: CONFIG, locales: true });
    const sv = await values(dir, 'sv');
    const key = [...sv.keys()].find((k) => sv.get(k)!.includes(SENTENCE))!;
    expect(lockEntry(dir, 'en-GB', key)).toMatchObject({ by: 'manual' });

    editSwedish(dir, 'trots öns självstyre', 'trots öns långa självstyre');
    const status = JSON.parse((await runTolk(dir, ['status', '--format', 'json'])).stdout);
    const row = status.rows.find((r: { lang: string }) => r.lang === 'en-GB');
    const next = status.next.languages.find((p: { lang: string }) => p.lang === 'en-GB');
    // Kept as stale or replaced as outdated, as the plan rules for `manual`; never both, never neither.
    expect(row.stale + row.outdated).toBe(1);
    expect(next.segments).toBe(row.outdated);

    const run = await translate(dir);
    const line = run.stdout.split('\n').find((l) => l.startsWith('en-GB:'))!;
    expect(line).toContain(`${row.outdated} translated`);
    if (row.stale === 1) {
      expect(line).toContain('1 stale');
      expect(lockEntry(dir, 'en-GB', key)).toMatchObject({ by: 'manual', stale: true });
    } else {
      expect(line).not.toContain('stale');
      expect(lockEntry(dir, 'en-GB', key)).toMatchObject({ by: 'pseudo' });
    }
  });
});
