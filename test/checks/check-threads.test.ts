import { describe, expect, it } from 'vitest';
import { CHECKS, formatFindings } from '../../src/checks/index.js';
import { checkProject } from '../../src/cli/commands/check.js';
import { checkPart, type PartFile, type PartRequest } from '../../src/cli/commands/check-part.js';
import { createClaimFlags } from '../../src/cli/commands/part-claims.js';
import { loadConfig } from '../../src/config/index.js';
import {
  findLocaleFiles,
  formatLock,
  hashText,
  type JournaledLock,
} from '../../src/locales/index.js';
import type { Finding } from '../../src/types.js';
import { runTolk } from '../helpers/cli.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-check-threads-');

const meeting = 'Mötet börjar klockan 13.';
const ui = { a: meeting, b: meeting, c: 'Hej {{name}}!' };
const news = { title: meeting, body: 'Xi Jinping träffade Putin i Samarkand.' };
const sport = { score: 'Sverige vann med 3–1.', title: meeting };

/** Parts are dealt namespaces in turn (news, sport, ui for 2 threads: news+ui, sport). */
function newsroom(lock?: JournaledLock): string {
  return project({
    'tolk.config.yaml': 'targets: [en-GB, de, nb, da]\n',
    ...(lock ? { 'tolk.lock.json': formatLock(lock) } : {}),
    'locales/sv/ui.json': ui,
    'locales/sv/news.json': news,
    'locales/sv/sport.json': sport,
    'locales/en-GB/ui.json': {
      a: 'The meeting starts at 1 pm.',
      b: 'It starts at 13.',
      c: 'Hi {{namn}}!',
    },
    'locales/en-GB/news.json': { title: 'The meeting begins at 13', body: 'Xi met Putin.' },
    'locales/en-GB/sport.json': { score: 'Sweden won 3–2.', title: 'The meeting begins at 13' },
    'locales/de/ui.json': {
      a: 'Es beginnt um 13 Uhr.',
      b: 'Das Treffen beginnt um 13 Uhr.',
      c: 'Hallo!',
    },
    'locales/de/sport.json': { score: 'Sverige vann med 3–1.', title: 'Es beginnt um 13 Uhr.' },
    'locales/de/extra.json': { orphan: 'Nur auf Deutsch.' },
    'locales/nb/ui.json': { a: 'Møtet begynner klokken 14.', b: 'Møtet begynner klokken 13.' },
    'locales/nb/news.json': {
      title: 'Møtet begynner klokken 13.',
      body: 'Xi Jinping møtte Putin.',
    },
    'locales/da/ui.json': {
      a: 'Mødet begynder klokken 13.',
      b: 'Mødet starter kl. 13.',
      c: 'Hej {{name}}!',
    },
    'locales/da/news.json': {
      title: 'Mødet starter kl. 13.',
      body: 'Xi Jinping mødte Putin i Samarkand.',
    },
    'locales/da/sport.json': { score: 'Sverige vandt 3–1.', title: 'Mødet begynder klokken 13.' },
  });
}

/** A lock of one deepl entry per namespace, whose last entry has `by` 7: not a lock entry. */
function brokenLock(entries: Record<string, string[]>): string {
  const entry = { source: 'x', output: 'y', by: 'deepl' };
  const lock = formatLock({
    version: 1,
    entries: Object.fromEntries(
      Object.entries(entries).map(([lang, namespaces]) => [
        lang,
        Object.fromEntries(namespaces.map((ns) => [ns, { a: entry }])),
      ]),
    ),
  }).replace('"by": "deepl" }\n      }\n    }\n  }', '"by": 7 }\n      }\n    }\n  }');
  expect(lock).toContain('"by": 7');
  return lock;
}

/** The error each thread count meets is the one a single thread meets; that error. */
async function sameErrorOnThreads(dir: string, threads: number[]): Promise<Error> {
  const config = await loadConfig(dir);
  const one = (await checkProject(config, {}, 1).catch((e: Error) => e)) as Error;
  expect(one).toBeInstanceOf(Error);
  for (const count of threads) {
    const parted = await checkProject(config, {}, count).catch((e: Error) => e);
    expect((parted as Error).message).toBe(one.message);
  }
  return one;
}

describe('tolk check over threads', () => {
  it.each([
    ['a lock', false],
    ['a lock with a journal', true],
  ])(
    'finds what one thread finds, in the same order, language-wide checks last, with %s',
    async (_, journal) => {
      const entry = (text: string, by = 'deepl') => ({
        source: hashText(text),
        output: hashText(text),
        by,
      });
      const dir = newsroom({
        version: 1,
        entries: {
          de: {
            ui: { a: entry('old') },
            sport: { score: entry('Sverige vann med 3–1.', 'pseudo') },
          },
          da: { news: { title: entry('Mødet starter kl. 13.') } },
          fi: { ui: { a: entry('x') } },
        },
        ...(journal
          ? { pending: { nb: { news: { title: entry('Møtet begynner klokken 13.') } } } }
          : {}),
      });
      const config = await loadConfig(dir);
      const one = await checkProject(config, {}, 1);
      const checks = new Set(one.map((f) => f.check));
      expect(checks).toContain('inconsistent');
      expect(checks).toContain('placeholder');
      // The lock reaches the checks: stale and pseudo entries change what is found.
      const stale = one.filter((f) => f.check === 'stale').map((f) => `${f.lang}:${f.ns}:${f.key}`);
      const settled = journal ? ['nb:news:title'] : [];
      expect(stale.sort()).toEqual(['da:news:title', 'de:ui:a', ...settled].sort());
      // A value the lock says pseudo made is no translation to judge: Swedish left as it is.
      const score = one.filter((f) => f.lang === 'de' && f.key === 'score').map((f) => f.check);
      expect(score).toEqual([]);
      // `inconsistent` across namespaces that different threads check.
      const across = one.filter((f) => f.check === 'inconsistent' && f.lang === 'da');
      expect(across.map((f) => f.ns)).toEqual(expect.arrayContaining(['news', 'ui']));
      expect(one.map((f) => f.lang)).toContain('da');
      for (const threads of [2, 3, 4]) {
        expect(await checkProject(config, {}, threads)).toEqual(one);
      }
      for (const filters of [{ langs: ['de', 'da'] }, { namespaces: ['ui', 'sport'] }]) {
        expect(await checkProject(config, filters, 2)).toEqual(
          await checkProject(config, filters, 1),
        );
      }
    },
    30_000,
  );

  it('leaves inconsistent out of every thread when it is turned off', async () => {
    const dir = newsroom();
    const config = await loadConfig(dir);
    const off = { ...config, checks: { ...config.checks, inconsistent: 'off' as const } };
    const two = await checkProject(off, {}, 2);
    expect(two).toEqual(await checkProject(off, {}, 1));
    expect(two.some((f) => f.check === 'inconsistent')).toBe(false);
  }, 30_000);

  it('computes every language-wide check in parts', () => {
    // check-project.ts merges the parts' uses for `inconsistent` alone: a new language-wide check
    // needs a parted form there too.
    expect(CHECKS.filter((c) => c.scope === 'language').map((c) => c.id)).toEqual(['inconsistent']);
  });

  it.each([
    ['a later thread', 'de/sport.json', 'de/ui.json'],
    ['the first thread', 'de/ui.json', 'da/sport.json'],
  ])(
    'reports the error a single thread would meet first, when %s meets it',
    async (_, first, later) => {
      const dir = newsroom();
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${dir}/locales/${first}`, '{ "a": 1 }\n');
      writeFileSync(`${dir}/locales/${later}`, '{ "a": \n');
      const config = await loadConfig(dir);
      const one = await checkProject(config, {}, 1).catch((e: Error) => e);
      const two = await checkProject(config, {}, 2).catch((e: Error) => e);
      expect(one).toBeInstanceOf(Error);
      expect(two).toBeInstanceOf(Error);
      expect((two as Error).name).toBe('UserError');
      expect((two as Error).message).toBe((one as Error).message);
      expect((two as { position?: unknown }).position).toEqual(
        (one as { position?: unknown }).position,
      );
      expect((one as { position?: { file: string } }).position?.file).toContain(first);
    },
    30_000,
  );

  it('reports an error only the main thread meets, without waiting for the others', async () => {
    // ui is the first part's, checked on the main thread; the other threads find nothing wrong.
    const dir = newsroom();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/locales/de/ui.json`, '{ "a": \n');
    const one = await sameErrorOnThreads(dir, [2, 3]);
    expect(one.message).toContain('Could not read the locale file');
  }, 30_000);

  it('reports a broken lock first, though only another thread reads the broken part', async () => {
    const dir = newsroom();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/tolk.lock.json`, brokenLock({ de: ['news', 'sport'] }));
    writeFileSync(`${dir}/locales/de/ui.json`, '{ "a": 1 }\n');
    const one = await sameErrorOnThreads(dir, [2]);
    expect(one.message).toContain('sport');
  }, 30_000);
});

describe('tolk check over threads, with a lock section no file of the run reads', () => {
  it('still checks it, and reports it broken as one thread does', async () => {
    // extra.json is German only: no part opens nb/extra.json, so a part must parse it at the start.
    const dir = newsroom();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/tolk.lock.json`, brokenLock({ de: ['news'], nb: ['extra'] }));
    const one = await sameErrorOnThreads(dir, [2, 3]);
    expect(one.message).toContain('entries.nb.extra');
  }, 30_000);
});

describe('a check thread done with its own namespaces', () => {
  const entry = (text: string) => ({ source: hashText(text), output: hashText(text), by: 'deepl' });
  /** ui's lock entry is stale: only a thread that parses ui's section of the lock finds it. */
  const lock = (journal: boolean): JournaledLock => ({
    version: 1,
    entries: { de: { ui: { a: entry('old') }, sport: { title: entry(meeting) } } },
    ...(journal
      ? { pending: { nb: { news: { title: entry('Møtet begynner klokken 13.') } } } }
      : {}),
  });

  /** Part 2 of 2 run alone, as if part 1 never started: what it found, file by file. */
  async function secondPartAlone(dir: string): Promise<PartFile[]> {
    const config = await loadConfig(dir);
    // As check-project deals them: namespaces in plan order, in turn.
    const shares = [
      ['news', 'ui'],
      ['sport', 'extra'],
    ];
    const request: PartRequest = {
      root: dir,
      filters: {},
      shares,
      index: 1,
      refs: await findLocaleFiles(config.locales),
      claims: createClaimFlags(shares),
    };
    let found: PartFile[] = [];
    const end = await checkPart(config, request, {
      found: (files) => {
        found = files;
      },
      varied: async () => ({}),
    });
    expect(end).not.toHaveProperty('failure');
    return found;
  }

  const byFile = (findings: readonly Finding[]) =>
    findings.filter((f) => f.check !== 'inconsistent');

  it('takes over the namespaces another thread has not started, lock entries and all', async () => {
    const dir = newsroom(lock(false));
    const one = await checkProject(await loadConfig(dir), {}, 1);
    const found = await secondPartAlone(dir);
    // Its own namespace first, then the others' from the end of their list.
    expect([...new Set(found.map((file) => file.ns))]).toEqual(['sport', 'extra', 'ui', 'news']);
    const files = found.map((file) => `${file.lang}/${file.ns}`);
    expect(new Set(files).size).toBe(files.length);
    expect(files.sort()).toEqual(
      ['en-GB', 'de', 'nb', 'da']
        .flatMap((lang) =>
          ['ui', 'news', 'sport', ...(lang === 'de' ? ['extra'] : [])].map((ns) => `${lang}/${ns}`),
        )
        .sort(),
    );
    for (const file of found) {
      expect(file.findings).toEqual(
        byFile(one).filter((f) => f.lang === file.lang && f.ns === file.ns),
      );
    }
    expect(found.flatMap((file) => file.findings)).toContainEqual(
      expect.objectContaining({ lang: 'de', ns: 'ui', key: 'a', check: 'stale' }),
    );
  });

  it('takes over nothing when the lock has a journal, which it settles against its own files', async () => {
    const found = await secondPartAlone(newsroom(lock(true)));
    expect(new Set(found.map((file) => file.ns))).toEqual(new Set(['sport', 'extra']));
  });
});

describe('tolk check on a project large enough for threads', () => {
  it('splits itself and reports what one thread reports', async () => {
    // 400 namespaces in Swedish and 4 languages: 2 000 files, where `tolk check` starts threads.
    const files: Record<string, unknown> = { 'tolk.config.yaml': 'targets: [en-GB, de, nb, da]\n' };
    for (let i = 0; i < 400; i++) {
      const ns = `article-${String(i).padStart(3, '0')}`;
      files[`locales/sv/${ns}.json`] = { title: `Mötet börjar klockan ${i}.`, credit: 'Foto: TT' };
      files[`locales/en-GB/${ns}.json`] = {
        title: `The meeting starts at ${i + (i % 7 === 0 ? 1 : 0)}.`,
        credit: 'Photo: TT',
      };
      files[`locales/de/${ns}.json`] = {
        title: `Das Treffen beginnt um ${i}.`,
        credit: i % 5 === 0 ? 'Foto: TT' : 'Bild: TT',
      };
      files[`locales/nb/${ns}.json`] = { title: `Møtet begynner klokken ${i}.` };
      files[`locales/da/${ns}.json`] = {
        title: `Mødet begynder klokken ${i}.`,
        credit: 'Foto: TT',
      };
    }
    const dir = project(files);
    const run = await runTolk(dir, ['check', '--format', 'json']);
    const one = await checkProject(await loadConfig(dir), {}, 1);
    const reported = JSON.parse(run.stdout) as unknown[];
    expect(reported.length).toBeGreaterThan(400);
    expect(reported).toEqual(JSON.parse(JSON.stringify(one)));
    // Byte for byte the report one thread prints.
    expect(run.stdout).toBe(formatFindings(one, 'json'));
    expect(run.code).toBe(1);
  }, 60_000);
});
