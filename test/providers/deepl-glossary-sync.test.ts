import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { glossarySyncCommand } from '../../src/cli/commands/glossary-sync.js';
import { UserError } from '../../src/errors.js';
import { deeplTestEnv, useDeeplMock } from '../helpers/deepl-server.js';

const state = useDeeplMock();
let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tolk-glossary-sync-'));
  await writeFile(join(dir, 'tolk.config.yaml'), 'source: sv\ntargets: [en-GB, de]\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeGlossary(kina: string): Promise<void> {
  const yaml = [
    'terms:',
    '  Kina:',
    `    translations: { en: ${kina}, de: China }`,
    '  SCO:',
    '    keep: true',
  ].join('\n');
  await writeFile(join(dir, 'glossary.yaml'), `${yaml}\n`);
}

async function runSync(env = deeplTestEnv()): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = {
    cwd: dir,
    env,
    stdout: (t) => {
      out += t;
    },
    stderr: () => undefined,
    isTTY: false,
  };
  const code = await glossarySyncCommand.run({ values: {}, positionals: [] }, io);
  return { code, out };
}

describe('tolk glossary sync', () => {
  it('creates, then reuses, then replaces the glossaries of glossary.yaml', async () => {
    await writeGlossary('China');
    const first = await runSync();
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^created {2}tolk-sv-en-GB-[0-9a-f]{16}$/m);
    expect(first.out).toMatch(/^created {2}tolk-sv-de-[0-9a-f]{16}$/m);
    expect(first.out).toMatch(/2 created, 0 reused, 0 deleted\.$/m);
    const dictionary = [...state.glossaries.values()].find((g) =>
      g.name.startsWith('tolk-sv-en-GB'),
    )?.dictionaries[0];
    expect(dictionary?.entries.get('Kinas')).toBe("China's");
    expect(dictionary?.entries.get('SCO:s')).toBe("SCO's");

    const second = await runSync();
    expect(second.out).toMatch(/0 created, 2 reused, 0 deleted\.$/m);
    expect(state.requests.filter((r) => r.method === 'POST').length).toBe(2);

    await writeGlossary('the PRC');
    const third = await runSync();
    expect(third.out).toMatch(/1 created, 1 reused, 1 deleted\.$/m);
    expect(state.glossaries.size).toBe(2);
  });

  it('needs DEEPL_AUTH_KEY', async () => {
    await writeGlossary('China');
    await expect(runSync({})).rejects.toThrow(UserError);
  });
});
