import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/cli/commands/check.js';
import { loadConfig } from '../../src/config/index.js';
import { formatLock } from '../../src/locales/index.js';
import { useFilesProjects } from '../helpers/files-project.js';

const project = useFilesProjects('tolk-check-threads-');

const sv = { a: 'Mötet börjar klockan 13.', b: 'Mötet börjar klockan 13.', c: 'Hej {{name}}!' };

describe('tolk check over threads', () => {
  it('finds what one thread finds, in the same order, language-wide checks last', async () => {
    const dir = project({
      'tolk.config.yaml': 'targets: [en-GB, de, nb, da]\n',
      'locales/sv/ui.json': sv,
      'locales/sv/news.json': { title: 'Mötet börjar klockan 13.' },
      'locales/en-GB/ui.json': {
        a: 'The meeting starts at 1 pm.',
        b: 'It starts at 13.',
        c: 'Hi {{namn}}!',
      },
      'locales/en-GB/news.json': { title: 'The meeting begins at 13' },
      'locales/de/ui.json': {
        a: 'Es beginnt um 13 Uhr.',
        b: 'Das Treffen beginnt um 13 Uhr.',
        c: 'Hallo!',
      },
      'locales/nb/ui.json': { a: 'Møtet begynner klokken 14.', b: 'Møtet begynner klokken 13.' },
      'locales/da/ui.json': {
        a: 'Mødet begynder klokken 13.',
        b: 'Mødet starter kl. 13.',
        c: 'Hej {{name}}!',
      },
    });
    const config = await loadConfig(dir);
    const one = await checkProject(config, {}, dir, 1);
    const checks = new Set(one.map((f) => f.check));
    expect(checks).toContain('inconsistent');
    expect(checks).toContain('placeholder');
    expect(one.map((f) => f.lang)).toContain('da');
    for (const threads of [2, 3, 4]) {
      expect(await checkProject(config, {}, dir, threads)).toEqual(one);
    }
    expect(await checkProject(config, { langs: ['de', 'da'] }, dir, 2)).toEqual(
      await checkProject(config, { langs: ['de', 'da'] }, dir, 1),
    );
  }, 30_000);

  it('reports the error a single thread would meet first', async () => {
    const dir = project({
      'tolk.config.yaml': 'targets: [en-GB, de]\n',
      'locales/sv/ui.json': sv,
      'locales/en-GB/ui.json': { a: 'x' },
      'locales/de/ui.json': '{ "a": 1 }\n',
    });
    const config = await loadConfig(dir);
    const one = await checkProject(config, {}, dir, 1).catch((e: Error) => e);
    const two = await checkProject(config, {}, dir, 2).catch((e: Error) => e);
    expect(one).toBeInstanceOf(Error);
    expect(two).toBeInstanceOf(Error);
    expect((two as Error).name).toBe('UserError');
    expect((two as Error).message).toBe((one as Error).message);
    expect((two as { position?: unknown }).position).toEqual(
      (one as { position?: unknown }).position,
    );
  }, 30_000);

  it('reports a broken lock first, though only another thread reads the broken part', async () => {
    const entry = { source: 'x', output: 'y', by: 'deepl' };
    const lock = formatLock({
      version: 1,
      entries: { de: { ui: { a: entry } }, 'en-GB': { ui: { a: entry } } },
    }).replace('"by": "deepl" }\n      }\n    }\n  }', '"by": 7 }\n      }\n    }\n  }');
    const dir = project({
      'tolk.config.yaml': 'targets: [de, en-GB]\n',
      'tolk.lock.json': lock,
      'locales/sv/ui.json': sv,
      'locales/de/ui.json': '{ "a": 1 }\n',
      'locales/en-GB/ui.json': { a: 'x' },
    });
    const config = await loadConfig(dir);
    const one = await checkProject(config, {}, dir, 1).catch((e: Error) => e);
    const two = await checkProject(config, {}, dir, 2).catch((e: Error) => e);
    expect((one as Error).message).toContain('en-GB');
    expect((two as Error).message).toBe((one as Error).message);
  }, 30_000);
});
