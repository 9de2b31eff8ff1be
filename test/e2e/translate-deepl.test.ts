// The seed article to en-GB, de and uk through DeepL (mocked with msw), driven through the CLI.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { findUnpinnedTerms, matchTerms, readGlossary } from '../../src/glossary/index.js';
import { readLocaleFile } from '../../src/locales/index.js';
import { runTolk } from '../helpers/cli.js';
import { deeplTestEnv, TEST_DEEPL_KEY, useDeeplMock } from '../helpers/deepl-server.js';
import { makeProject, NS, REPO } from '../helpers/project.js';

const TARGETS = ['en-GB', 'de', 'uk'];
const CONFIG = `targets: [${TARGETS.join(', ')}]\n`;
const deepl = useDeeplMock();
const translateCalls = () => deepl.requests.filter((r) => r.path === '/v2/translate');

async function values(dir: string, lang: string) {
  return (await readLocaleFile(join(dir, 'locales', lang, `${NS}.json`)))!;
}

describe('tolk translate through DeepL (mocked)', () => {
  it('translates the seed into every target with every pinned name, loadable by i18next', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['translate'], deeplTestEnv());
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(translateCalls()).toHaveLength(3);
    const { glossary } = await readGlossary(join(REPO, 'glossary.yaml'), { targets: TARGETS });
    const sv = await values(dir, 'sv');
    let occurrences = 0;
    for (const lang of TARGETS) {
      const target = await values(dir, lang);
      expect([...target.keys()]).toEqual([...sv.keys()]);
      for (const [key, source] of sv) {
        occurrences += matchTerms(source, glossary).length;
        expect(
          findUnpinnedTerms(source, target.get(key)!, glossary, lang),
          `${lang} ${key}`,
        ).toEqual([]);
      }
      const i18n = i18next.createInstance();
      const resources = JSON.parse(readFileSync(join(dir, 'locales', lang, `${NS}.json`), 'utf8'));
      await i18n.init({ lng: lang, resources: { [lang]: { [NS]: resources } }, ns: [NS] });
      for (const [key, value] of target) expect(i18n.t(`${NS}:${key}`)).toBe(value);
    }
    expect(occurrences).toBeGreaterThan(200);
    const lock = JSON.parse(readFileSync(join(dir, 'tolk.lock.json'), 'utf8'));
    expect(lock.billed.deepl).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'tolk.lock.json'), 'utf8')).not.toContain(TEST_DEEPL_KEY);
  });

  it('sends the pair glossary and leaves terms unmasked; with maskTerms, masks them and sends none', async () => {
    const pinned = makeProject({ config: 'targets: [en-GB]\n' });
    expect((await runTolk(pinned, ['translate'], deeplTestEnv())).code).toBe(0);
    const natively = translateCalls();
    expect(natively.length).toBeGreaterThan(0);
    expect(natively.every((r) => r.fields.glossary_id?.[0])).toBe(true);
    expect(natively.some((r) => r.fields.text?.some((t) => t.includes('Xi Jinping')))).toBe(true);

    deepl.requests.length = 0;
    const masked = makeProject({ config: 'targets: [en-GB]\nmaskTerms: true\n' });
    expect((await runTolk(masked, ['translate'], deeplTestEnv())).code).toBe(0);
    const texts = translateCalls().flatMap((r) => r.fields.text ?? []);
    expect(translateCalls().every((r) => !r.fields.glossary_id)).toBe(true);
    expect(texts.some((t) => t.includes('Xi Jinping'))).toBe(false);
    expect(texts.some((t) => /<x id="\d+"\/>/.test(t))).toBe(true);
    // Either way the names come out as the glossary pins them.
    const en = await values(masked, 'en-GB');
    expect([...en.values()].some((v) => v.includes('Xi Jinping'))).toBe(true);
  });

  it('sends nothing on a second run, and only the edited sentence after an edit; a hand edit survives', async () => {
    const dir = makeProject({ config: CONFIG });
    await runTolk(dir, ['translate'], deeplTestEnv());
    deepl.requests.length = 0;

    const second = await runTolk(dir, ['translate'], deeplTestEnv());
    expect(second.code).toBe(0);
    expect(translateCalls()).toHaveLength(0);

    const before = await values(dir, 'de');
    const handKey = [...before.keys()][5]!;
    const file = join(dir, 'locales/de', `${NS}.json`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        JSON.stringify(before.get(handKey)),
        JSON.stringify('Von Hand.'),
      ),
    );
    const source = join(dir, 'content/sv', `${NS}.txt`);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('tiotals medlemmar', 'dussintals medlemmar'),
    );

    const third = await runTolk(dir, ['translate'], deeplTestEnv());
    expect(third.code).toBe(0);
    const texts = translateCalls().flatMap((r) => r.fields.text ?? []);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).toContain('dussintals medlemmar');
    const creates = deepl.requests.filter(
      (r) => r.method === 'POST' && r.path.includes('glossaries'),
    );
    expect(creates).toEqual([]);
    const after = await values(dir, 'de');
    expect(after.get(handKey)).toBe('Von Hand.');
  });

  it('--dry-run prints what would be billed and the quota left, sends no translation and writes nothing', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['translate', '--dry-run'], deeplTestEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/en-GB: 41 segment\(s\), \d+ characters to send via deepl/);
    expect(run.stdout).toMatch(/deepl quota: 0 of \d+ characters used/);
    expect(translateCalls()).toEqual([]);
    expect(() => readFileSync(join(dir, 'tolk.lock.json'))).toThrow();
  });

  it('--max-characters refuses a run that would bill more, before any request', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['translate', '--max-characters', '1000'], deeplTestEnv());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/above --max-characters 1000/);
    expect(deepl.requests).toEqual([]);
  });

  it('stops with exit 2, naming the language and the ways out, when a key is needed but not set', async () => {
    const dir = makeProject({ config: CONFIG });
    const run = await runTolk(dir, ['translate'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/en-GB \(41 segments\)/);
    expect(run.stderr).toMatch(/DEEPL_AUTH_KEY.*--provider pseudo.*apertium/s);
    expect(() => readFileSync(join(dir, 'locales/en-GB', `${NS}.json`))).toThrow();
  });
});
