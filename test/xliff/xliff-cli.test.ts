// The XLIFF round trip through the real CLI, with files rewritten the way CAT tools write them.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText, readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { makeProject, NS, REPO } from '../helpers/project.js';
import { asCatToolWrites, changedFiles, editUnits, snapshot, unitBlocks } from './cat-tool.js';

const UI = {
  inbox: {
    title: 'Inkorg',
    unread_one: 'Du har {{count}} oläst meddelande',
    unread_other: 'Du har {{count}} olästa meddelanden',
  },
  greeting: 'Hej {{name}}!',
  'Hej och välkommen': 'Hej och välkommen',
};

async function project() {
  const dir = makeProject({
    config: 'targets: [en-GB, de, uk]\nprovider: pseudo\n',
    locales: true,
    files: { 'content/sv/ui.json': `${JSON.stringify(UI, null, 2)}\n` },
  });
  const run = await runTolk(dir, ['translate']);
  expect(run.code).toBe(0);
  return dir;
}

async function exportLang(dir: string, lang: string): Promise<string> {
  const run = await runTolk(dir, ['xliff', 'export', '--lang', lang]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return readFileSync(join(dir, 'xliff', `${lang}.xlf`), 'utf8');
}

const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'tolk.lock.json'), 'utf8'));
const valuesOf = async (dir: string, lang: string, ns: string) =>
  (await readLocaleFile(join(dir, 'locales', lang, `${ns}.json`)))!;

describe('tolk xliff export', () => {
  it('writes XLIFF 2.0 per language: a <file> per namespace, units by key, states, notes with pins, kind and plural form', async () => {
    const dir = await project();
    const run = await runTolk(dir, ['xliff', 'export']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote xliff\/en-GB\.xlf: \d+ units in 2 file\(s\)/m);
    const xml = readFileSync(join(dir, 'xliff/de.xlf'), 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="sv" trgLang="de">/,
    );
    expect(xml).toContain(
      `<file id="${NS}" original="locales/de/${NS}.json" xml:space="preserve">`,
    );
    const units = unitBlocks(xml);
    const de = await valuesOf(dir, 'de', NS);
    expect([...units.keys()].filter((k) => de.has(k))).toEqual([...de.keys()]);

    const headline = units.get('heading-xi-och-putin-starker')!;
    expect(headline).toContain('<segment state="reviewed">');
    expect(headline).toContain('<note category="kind">headline</note>');
    expect(headline).toMatch(/<note category="glossary">Putin → Putin \(pinned\)<\/note>/);
    expect(headline).toContain(
      '<source xml:lang="sv">Xi och Putin stärker banden i Uzbekistan</source>',
    );
    expect(headline).toContain(
      `<target xml:lang="de">${de.get('heading-xi-och-putin-starker')}</target>`,
    );
    expect(units.get('inbox.title')).toContain('<segment state="translated">');
    expect(units.get('inbox.title')).toContain('<note category="producer">pseudo</note>');
    expect(units.get('Hej och välkommen')).toMatch(/<unit id="u\d+" name="Hej och välkommen">/);

    const uk = unitBlocks(readFileSync(join(dir, 'xliff/uk.xlf'), 'utf8'));
    expect([...uk.keys()].filter((k) => k.startsWith('inbox.unread'))).toEqual([
      'inbox.unread_one',
      'inbox.unread_few',
      'inbox.unread_many',
      'inbox.unread_other',
    ]);
    expect(uk.get('inbox.unread_few')).toContain(
      'uk uses it for counts such as 2, 3, 4, 22. Keep {{count}} where the number goes.',
    );
    expect(uk.get('inbox.unread_few')).toContain(
      '<source xml:lang="sv">Du har {{count}} olästa meddelanden</source>',
    );
  });

  it('marks a missing translation initial without a target, and --ns, --out - and wrong options behave', async () => {
    const dir = await project();
    const file = join(dir, 'locales/de/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\s*"greeting": "[^"]*",/, ''));
    const run = await runTolk(dir, ['xliff', 'export', '--lang', 'de', '--ns', 'ui', '--out', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(`<file id="${NS}"`);
    const greeting = unitBlocks(run.stdout).get('greeting')!;
    expect(greeting).toContain('<segment state="initial">');
    expect(greeting).not.toContain('<target');

    expect((await runTolk(dir, ['xliff', 'export', '--out', 'x.xlf'])).stderr).toMatch(
      /--out names one file, but 3 languages/,
    );
    expect((await runTolk(dir, ['xliff', 'export', '--ns', 'nope'])).stderr).toMatch(
      /Could not export --ns nope: there is no such namespace\. Pick one of ui, xi-putin-samarkand/,
    );
    const fr = await runTolk(dir, ['xliff', 'export', '--lang', 'fr']);
    expect([fr.code, fr.stderr]).toEqual([2, expect.stringMatching(/Could not select --lang fr/)]);
  });
});

describe('tolk xliff import', () => {
  it('export → import changes no byte, for every language', async () => {
    const dir = await project();
    const before = snapshot(dir);
    await runTolk(dir, ['xliff', 'export']);
    const first = readFileSync(join(dir, 'xliff/uk.xlf'), 'utf8');
    const run = await runTolk(dir, [
      'xliff',
      'import',
      'xliff/en-GB.xlf',
      'xliff/de.xlf',
      'xliff/uk.xlf',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^de: imported 0 human translation\(s\); \d+ unit\(s\) unchanged\.$/m,
    );
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
    await runTolk(dir, ['xliff', 'export', '--lang', 'uk']);
    expect(readFileSync(join(dir, 'xliff/uk.xlf'), 'utf8')).toBe(first);
  });

  it('a CAT tool’s file: edited targets (inline markup reduced to text) and confirmed units become human; nothing else moves', async () => {
    const dir = await project();
    const xml = await exportLang(dir, 'de');
    const seedKey = 'p-stort-avstand-nar-rysslands';
    const cat = asCatToolWrites(
      editUnits(xml, {
        'inbox.title': { target: '<mrk id="m1" type="term">Post</mrk><pc id="p1">eingang</pc>' },
        greeting: { state: 'reviewed' },
        [seedKey]: { target: 'Großer Abstand &amp; Nähe: Putin trifft Xi Jinping in Samarkand.' },
        'heading-xi-och-putin-starker': { state: 'final' },
        'Hej och välkommen': { target: 'Hallo und willkommen', state: 'translated' },
      }),
    );
    writeFileSync(join(dir, 'de-back.xlf'), cat);
    const before = snapshot(dir);
    const lockBefore = lockOf(dir);
    const keysBefore = [...(await valuesOf(dir, 'de', 'ui')).keys()];
    const run = await runTolk(dir, ['xliff', 'import', 'de-back.xlf']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^de: imported 4 human translation\(s\) \(ui 3, xi-putin-samarkand 1\); \d+ unit\(s\) unchanged\.$/m,
    );
    expect(changedFiles(before, snapshot(dir))).toEqual([
      'locales/de/ui.json',
      `locales/de/${NS}.json`,
      'tolk.lock.json',
    ]);

    const ui = await valuesOf(dir, 'de', 'ui');
    expect(ui.get('inbox.title')).toBe('Posteingang');
    expect(ui.get('Hej och välkommen')).toBe('Hallo und willkommen');
    expect([...ui.keys()]).toEqual(keysBefore);
    const lock = lockOf(dir);
    expect(lock.entries.de.ui['inbox.title']).toEqual({
      source: hashText('Inkorg'),
      output: hashText('Posteingang'),
      by: 'human',
    });
    expect(lock.entries.de.ui.greeting).toMatchObject({
      by: 'human',
      output: lockBefore.entries.de.ui.greeting.output,
    });
    expect(lock.entries.de[NS][seedKey]).toMatchObject({
      by: 'human',
      output: hashText('Großer Abstand & Nähe: Putin trifft Xi Jinping in Samarkand.'),
    });
    // Already a person's: confirming it again changes nothing.
    expect(lock.entries.de[NS]['heading-xi-och-putin-starker']).toEqual(
      lockBefore.entries.de[NS]['heading-xi-och-putin-starker'],
    );
    expect(lock.entries.uk).toEqual(lockBefore.entries.uk);

    const again = await runTolk(dir, ['translate']);
    expect(again.stdout).toMatch(/de: 0 translated/);
    expect((await valuesOf(dir, 'de', 'ui')).get('inbox.title')).toBe('Posteingang');
    const check = JSON.parse(
      (await runTolk(dir, ['check', '--format', 'json', '--lang', 'de'])).stdout,
    ) as Array<{ check: string }>;
    expect(check.filter((f) => f.check === 'stale')).toEqual([]);
    const reexport = unitBlocks(await exportLang(dir, 'de'));
    expect(reexport.get('inbox.title')).toContain('<segment state="reviewed">');
    expect(reexport.get('greeting')).toContain('<segment state="reviewed">');
  });

  it('refuses units whose source is not the current Swedish, names their lines, imports the rest and exits 1', async () => {
    const dir = await project();
    const xml = await exportLang(dir, 'de');
    const edited = editUnits(xml, {
      'inbox.title': { target: 'Briefkasten' },
      'p-stort-avstand-nar-rysslands': { target: 'Etwas anderes.' },
      greeting: { target: 'Hallo {{name}}!' },
    });
    writeFileSync(join(dir, 'de-back.xlf'), edited);
    const source = join(dir, 'content/sv');
    writeFileSync(
      join(source, 'ui.json'),
      readFileSync(join(source, 'ui.json'), 'utf8').replace('"Inkorg"', '"Brevlåda"'),
    );
    const article = join(source, `${NS}.txt`);
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replaceAll('Stort avstånd när', 'Långt avstånd när'),
    );

    const run = await runTolk(dir, ['xliff', 'import', 'de-back.xlf']);
    expect(run.code).toBe(1);
    const lines = edited.split('\n');
    const lineOf = (key: string) => lines.findIndex((l) => l.includes(`<unit id="${key}"`)) + 1;
    expect(run.stderr).toContain(
      `de-back.xlf:${lineOf('inbox.title')}: refused "inbox.title" (ui): outdated: its source is not the current Swedish. Export again with "tolk xliff export --lang de" and redo it there.`,
    );
    expect(run.stderr).toContain(
      `de-back.xlf:${lineOf('p-stort-avstand-nar-rysslands')}: refused "p-stort-avstand-nar-rysslands" (${NS}): the key is not in the Swedish source for de (its text changed or was removed`,
    );
    expect(run.stdout).toMatch(
      /de: imported 1 human translation\(s\) \(ui 1\); \d+ unit\(s\) unchanged; 2 refused\./,
    );
    const ui = await valuesOf(dir, 'de', 'ui');
    expect(ui.get('greeting')).toBe('Hallo {{name}}!');
    expect(ui.get('inbox.title')).not.toBe('Briefkasten');
  });

  it('fills a missing translation in document order', async () => {
    const dir = await project();
    const file = join(dir, 'locales/de/ui.json');
    const full = readFileSync(file, 'utf8');
    const value = JSON.parse(full).inbox.unread_one as string;
    writeFileSync(file, full.replace(/\n\s*"unread_one": "[^"]*",/, ''));
    const xml = await exportLang(dir, 'de');
    writeFileSync(
      join(dir, 'back.xlf'),
      editUnits(xml, { 'inbox.unread_one': { target: value, state: 'translated' } }),
    );
    const run = await runTolk(dir, ['xliff', 'import', 'back.xlf']);
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(full);
    expect(lockOf(dir).entries.de.ui['inbox.unread_one']).toMatchObject({
      by: 'human',
      output: hashText(value),
    });
  });

  it('ignores a source copied into the target of an untouched initial unit, as CAT tools pre-fill them', async () => {
    const dir = await project();
    const file = join(dir, 'locales/de/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\s*"greeting": "[^"]*",/, ''));
    const before = snapshot(dir);
    const xml = await exportLang(dir, 'de');
    writeFileSync(join(dir, 'back.xlf'), editUnits(xml, { greeting: { target: UI.greeting } }));
    const run = await runTolk(dir, ['xliff', 'import', 'back.xlf']);
    expect(run.stdout).toMatch(/de: imported 0 human translation/);
    expect(changedFiles(before, snapshot(dir)).filter((f) => !f.endsWith('.xlf'))).toEqual([]);
    // Confirmed by the translator, the same text is a translation (a name that stays as it is).
    writeFileSync(
      join(dir, 'back.xlf'),
      editUnits(xml, { greeting: { target: UI.greeting, state: 'translated' } }),
    );
    expect((await runTolk(dir, ['xliff', 'import', 'back.xlf'])).stdout).toMatch(
      /de: imported 1 human translation/,
    );
  });

  it('a stale human translation exported as initial is kept by setting it to reviewed', async () => {
    const dir = await project();
    const file = join(dir, 'locales/de/ui.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/"title": "[^"]*"/, '"title": "Posteingang"'),
    );
    await runTolk(dir, ['translate']);
    const sv = join(dir, 'content/sv/ui.json');
    writeFileSync(sv, readFileSync(sv, 'utf8').replace('"Inkorg"', '"Brevlåda"'));
    expect((await runTolk(dir, ['translate'])).stdout).toMatch(
      /de: 0 translated, \d+ kept, 1 stale/,
    );

    const unit = unitBlocks(await exportLang(dir, 'de')).get('inbox.title')!;
    expect(unit).toContain('<segment state="initial">');
    expect(unit).toContain(
      '<note category="status">Stale: the Swedish changed under this human translation.',
    );
    expect(unit).toContain('<source xml:lang="sv">Brevlåda</source>');
    writeFileSync(
      join(dir, 'back.xlf'),
      editUnits(readFileSync(join(dir, 'xliff/de.xlf'), 'utf8'), {
        'inbox.title': { state: 'reviewed' },
      }),
    );
    expect((await runTolk(dir, ['xliff', 'import', 'back.xlf'])).code).toBe(0);
    expect(lockOf(dir).entries.de.ui['inbox.title']).toEqual({
      source: hashText('Brevlåda'),
      output: hashText('Posteingang'),
      by: 'human',
    });
    const findings = JSON.parse(
      (await runTolk(dir, ['check', '--format', 'json', '--lang', 'de', '--ns', 'ui'])).stdout,
    ) as Array<{ key: string; check: string }>;
    expect(findings.filter((f) => f.check === 'stale')).toEqual([]);
  });

  it('settles a crashed run’s journal for every language, as tolk translate would', async () => {
    const dir = await project();
    const lockFile = join(dir, 'tolk.lock.json');
    const lock = lockOf(dir);
    // A run wrote uk's file and died before the lock: the entry is only in the journal.
    const entry = lock.entries.uk.ui.greeting;
    delete lock.entries.uk.ui.greeting;
    lock.pending = { uk: { ui: { greeting: entry } } };
    writeFileSync(lockFile, JSON.stringify(lock));
    const xml = await exportLang(dir, 'de');
    writeFileSync(
      join(dir, 'back.xlf'),
      editUnits(xml, { greeting: { target: 'Hallo {{name}}!' } }),
    );
    expect((await runTolk(dir, ['xliff', 'import', 'back.xlf'])).code).toBe(0);
    const after = lockOf(dir);
    expect(after.entries.uk.ui.greeting).toEqual(entry);
    expect(after.pending).toBeUndefined();
    expect(after.entries.de.ui.greeting).toMatchObject({ by: 'human' });
  });

  it('a translator’s plural form lands in its category', async () => {
    const dir = await project();
    const xml = await exportLang(dir, 'uk');
    writeFileSync(
      join(dir, 'back.xlf'),
      asCatToolWrites(
        editUnits(xml, {
          'inbox.unread_few': { target: 'У вас {{count}} непрочитані повідомлення' },
        }),
      ),
    );
    expect((await runTolk(dir, ['xliff', 'import', 'back.xlf'])).code).toBe(0);
    const uk = await valuesOf(dir, 'uk', 'ui');
    expect(uk.get('inbox.unread_few')).toBe('У вас {{count}} непрочитані повідомлення');
    expect(lockOf(dir).entries.uk.ui['inbox.unread_few']).toMatchObject({
      source: hashText(UI.inbox.unread_other),
      by: 'human',
    });
  });
});

describe('tolk xliff import refuses bad files: exit 2, the file and line named, nothing written', () => {
  const fixture = (name: string) => readFileSync(join(REPO, 'test/fixtures/xliff', name));

  it.each([
    [
      'billion-laughs.xlf',
      /billion-laughs\.xlf:2:1: Could not read the XLIFF file: it holds a <!DOCTYPE> declaration/,
    ],
    [
      'external-entity.xlf',
      /external-entity\.xlf:2:1: Could not read the XLIFF file: it holds a <!DOCTYPE>/,
    ],
    [
      'undeclared-entity.xlf',
      /undeclared-entity\.xlf:7:\d+: Could not read the XLIFF file: the entity &nbsp; is not defined/,
    ],
    ['xliff-1.2.xlf', /xliff-1\.2\.xlf:2:1: Could not read the XLIFF file: it is XLIFF 1\.2/],
    [
      'mismatched-tags.xlf',
      /mismatched-tags\.xlf:7:\d+: Could not read the XLIFF file: <\/source> does not match/,
    ],
    [
      'bad-state.xlf',
      /bad-state\.xlf:5:\d+: Could not read the XLIFF file: the segment state "approved"/,
    ],
  ])('%s', async (name, message) => {
    const dir = await project();
    writeFileSync(join(dir, name), fixture(name));
    const before = snapshot(dir);
    const run = await runTolk(dir, ['xliff', 'import', name]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/root:|lol|internal error/);
    expect(changedFiles(before, snapshot(dir))).toEqual([]);
  });

  it('a wrong language, an unknown namespace, two files for one language or a missing file write nothing, even beside a good file', async () => {
    const dir = await project();
    const good = editUnits(await exportLang(dir, 'de'), {
      greeting: { target: 'Hallo {{name}}!' },
    });
    writeFileSync(join(dir, 'good.xlf'), good);
    const variants: Record<string, [string, RegExp]> = {
      'fr.xlf': [
        good.replace('trgLang="de"', 'trgLang="fr"'),
        /its trgLang "fr" is not a target of this project \(en-GB, de, uk\)/,
      ],
      'en.xlf': [
        good.replace('srcLang="sv"', 'srcLang="en"'),
        /its srcLang is "en", but this project translates from "sv"/,
      ],
      'ns.xlf': [
        good.replace('<file id="ui"', '<file id="nope"'),
        /ns\.xlf:3: Could not import the XLIFF file: its <file id="nope"> is no namespace of this project/,
      ],
      'twice.xlf': [good, /two files are for de/],
    };
    const before = snapshot(dir);
    for (const [name, [text, message]] of Object.entries(variants)) {
      writeFileSync(join(dir, name), text);
      // The good file is read and planned first; the bad one still stops everything.
      const files = name === 'ns.xlf' ? [name] : ['good.xlf', name];
      const run = await runTolk(dir, ['xliff', 'import', ...files]);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    const missing = await runTolk(dir, ['xliff', 'import', 'nowhere.xlf']);
    expect(missing.stderr).toMatch(
      /nowhere\.xlf: Could not import the XLIFF file: it does not exist/,
    );
    expect(changedFiles(before, snapshot(dir)).filter((f) => !f.endsWith('.xlf'))).toEqual([]);
  });
});
