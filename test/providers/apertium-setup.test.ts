// What a user sees when Apertium, a pair or a program is missing or broken, and the provider's text
// handling end to end — with stand-in programs in a temporary PATH, so it runs without Apertium.

import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  createApertiumProvider,
  detectApertium,
  findApertiumStatus,
} from '../../src/providers/apertium.js';
import type { Provider } from '../../src/providers/types.js';

const dirs: string[] = [];
const providers: Provider[] = [];

afterEach(async () => {
  for (const provider of providers.splice(0)) await provider.dispose?.();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

interface FakeApertium {
  modesDir: string;
  env: Record<string, string>;
}

/**
 * A modes dir with the given mode scripts and a bin dir holding a stand-in apertium-wblank-mode
 * (prints the mode file) plus the named programs, each linked to a real tool (cat, sed).
 */
async function fakeApertium(options: {
  modes: Record<string, string>;
  programs: Record<string, string>;
  engine?: boolean;
}): Promise<FakeApertium> {
  const root = await mkdtemp(join(tmpdir(), 'tolk-apertium-'));
  dirs.push(root);
  const modesDir = join(root, 'modes');
  const bin = join(root, 'bin');
  await mkdir(modesDir);
  await mkdir(bin);
  for (const [mode, script] of Object.entries(options.modes)) {
    await writeFile(join(modesDir, `${mode}.mode`), script);
  }
  if (options.engine !== false) {
    await writeFile(join(bin, 'apertium-wblank-mode'), '#!/bin/sh\nexec cat "$2"\n');
    await chmod(join(bin, 'apertium-wblank-mode'), 0o755);
    await symlink(await which('cat'), join(bin, 'cat'));
  }
  for (const [name, target] of Object.entries(options.programs)) {
    await symlink(await which(target), join(bin, name));
  }
  return { modesDir, env: { PATH: bin } };
}

async function which(program: string): Promise<string> {
  const { findProgram } = await import('../../src/providers/apertium-modes.js');
  const found = await findProgram(program, process.env);
  if (found === undefined) throw new Error(`${program} is needed by this test`);
  return found;
}

async function create(
  fake: FakeApertium,
  targets: string[],
  settings: Record<string, unknown> = {},
) {
  const provider = await createApertiumProvider({
    cwd: '.',
    env: fake.env,
    settings: { modesDir: fake.modesDir, ...settings },
    targets,
  });
  providers.push(provider);
  return provider;
}

describe('Apertium setup problems', () => {
  it('names the pair package when the mode file is missing', async () => {
    const fake = await fakeApertium({ modes: {}, programs: {} });
    const error = await create(fake, ['nb']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toContain(
      `Could not translate into nb with Apertium mode swe-nob: ${join(fake.modesDir, 'swe-nob.mode')} does not exist. Install it with \`apt-get install apertium-swe-nor\`.`,
    );
  });

  it('names apertium-recursive when rtx-proc is missing', async () => {
    const fake = await fakeApertium({
      modes: { 'swe-nob': "lt-proc -z 'a.bin' | rtx-proc -z 'b.bin' | lt-proc -z $1 'c.bin'" },
      programs: { 'lt-proc': 'cat' },
    });
    await expect(create(fake, ['nb'])).rejects.toThrow(
      'the mode runs rtx-proc, which is not installed. Install it with `apt-get install apertium-recursive`.',
    );
  });

  it('names the engine package when Apertium itself is missing', async () => {
    const fake = await fakeApertium({ modes: { 'swe-dan': 'cat' }, programs: {}, engine: false });
    await expect(create(fake, ['da'])).rejects.toThrow(
      'Install it with `apt-get install apertium`',
    );
  });

  it('catches a pipeline that exits cleanly with empty output', async () => {
    const fake = await fakeApertium({
      modes: { 'swe-nob': "sed -u -z 's/^[^X]*$//'" },
      programs: { sed: 'sed' },
    });
    await expect(create(fake, ['nb'])).rejects.toThrow(
      /Could not start Apertium mode swe-nob: the test sentence "Jag har inte sett huset\." came back as nothing\. Reinstall/,
    );
  });

  it('catches a pipeline that echoes its input untranslated', async () => {
    const fake = await fakeApertium({ modes: { 'swe-dan': 'cat' }, programs: {} });
    await expect(create(fake, ['da'])).rejects.toThrow(/came back as it untranslated/);
  });

  it('keeps the experimental pair off unless asked for', async () => {
    const fake = await fakeApertium({
      modes: { 'swe-isl': "sed -u -z 's/Jag/Ég/'" },
      programs: { sed: 'sed' },
    });
    await expect(create(fake, ['is'])).rejects.toThrow(/experimental.*experimental: true/);
    const provider = await create(fake, ['is'], { experimental: true });
    expect(provider.capabilities.targets).toContain('is');
  });

  it('reports per locale what is missing, for provider: auto', async () => {
    const fake = await fakeApertium({
      modes: { 'swe-dan': "sed -u -z 's/Jag/Jeg/'" },
      programs: { sed: 'sed' },
    });
    const found = await detectApertium({ modesDir: fake.modesDir, env: fake.env });
    expect(found.available).toBe(true);
    expect(found.modes.da).toEqual({ mode: 'swe-dan', ok: true });
    expect(found.modes.nb?.ok).toBe(false);
    expect(found.modes.nb?.problem).toMatch(/apt-get install apertium-swe-nor/);
    expect(found.modes.is).toMatchObject({ mode: 'swe-isl', ok: false, experimental: true });
    expect(findApertiumStatus(found, 'da-DK')).toBe(found.modes.da);
    expect(findApertiumStatus(found, 'de')).toBeUndefined();
  });
});

describe('Apertium provider around the engine', () => {
  /** Translates Jag → Jeg and marks every ASCII word unknown, as Apertium does with `*`. */
  const marking = "sed -u -z -e 's/Jag/Jeg/' -e 's/\\([A-Za-z][A-Za-z0-9]*\\)/*\\1/g'";

  it('strips unknown-word marks, notes each word once, and restores protected text', async () => {
    const fake = await fakeApertium({ modes: { 'swe-nob': marking }, programs: { sed: 'sed' } });
    const provider = await create(fake, ['nb']);
    const notes: string[] = [];
    const texts = [
      'Jag bor i Samarkand sedan 2022-09-15, se https://svt.se/a?b=1 och XPH3X, Samarkand.',
      '2022',
    ];
    const out = await provider.translate(texts, {
      source: 'sv',
      target: 'nb',
      onNote: (index, check, message) => notes.push(`${index} ${check} ${message}`),
    });
    expect(out).toEqual([
      'Jeg bor i Samarkand sedan 2022-09-15, se https://svt.se/a?b=1 och XPH3X, Samarkand.',
      '2022',
    ]);
    expect(notes).toEqual([
      '0 apertium-unknown "Jeg"',
      '0 apertium-unknown "bor"',
      '0 apertium-unknown "i"',
      '0 apertium-unknown "Samarkand"',
      '0 apertium-unknown "sedan"',
      '0 apertium-unknown "se"',
      '0 apertium-unknown "och"',
    ]);
  });

  it('refuses a target Apertium has no pair for, and does not offer it', async () => {
    const fake = await fakeApertium({
      modes: { 'swe-nob': "sed -u -z 's/Jag/Jeg/'" },
      programs: { sed: 'sed' },
    });
    const provider = await create(fake, ['nb-NO', 'de']);
    expect(provider.capabilities.targets).toEqual(['nb', 'no', 'nb-NO']);
    expect(provider.capabilities.offline).toBe(true);
    await expect(provider.translate(['Hej.'], { source: 'sv', target: 'de' })).rejects.toThrow(
      /Could not translate into de with Apertium: it has no Swedish-to-de pair/,
    );
    expect(await provider.translate(['Jag.'], { source: 'sv', target: 'nb-NO' })).toEqual(['Jeg.']);
  });
});
