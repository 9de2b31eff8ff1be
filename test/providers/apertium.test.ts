// The Apertium provider on the installed engine. CI installs apertium, apertium-recursive,
// apertium-swe-nor and apertium-swe-dan, so there a missing engine fails these tests.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  createApertiumProvider,
  detectApertium,
  maskApertiumToken,
} from '../../src/providers/apertium.js';
import { escapeApertium, unescapeApertium } from '../../src/providers/apertium-escape.js';
import {
  DEFAULT_MODES_DIR,
  findModeSpec,
  findProgram,
  listModeLocales,
  readModeCommands,
} from '../../src/providers/apertium-modes.js';
import { SENTINEL, startPipeline } from '../../src/providers/apertium-pipeline.js';
import { protectToken } from '../../src/providers/apertium-protect.js';
import { stripUnknownMarks } from '../../src/providers/apertium-unknown.js';
import type { Provider } from '../../src/providers/types.js';
import { testProviderContract } from './contract.js';

const installed = existsSync(join(DEFAULT_MODES_DIR, 'swe-nob.mode'));
const options = { cwd: '.', env: process.env, settings: {}, targets: ['nb'] };

/** The installed modes, one locale each. */
const installedModes = [
  ...new Map(
    listModeLocales()
      .map((locale) => [findModeSpec(locale)!.mode, locale] as const)
      .filter(([mode]) => existsSync(join(DEFAULT_MODES_DIR, `${mode}.mode`))),
  ),
];

/** The seed article's sentences: blank-line blocks split after sentence ends. */
async function readSeedSentences(): Promise<string[]> {
  const text = await readFile('content/sv/xi-putin-samarkand.txt', 'utf8');
  return text
    .split(/\n\s*\n/)
    .flatMap((block) => block.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ–"])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Common words whose Norwegian form differs: a sentence holding one cannot come back unchanged. */
const SWEDISH_ONLY =
  /(?<!\p{L})(och|är|att|från|också|inte|när|där|här|även|efter|mellan|säger|sade|vid|till)(?!\p{L})/iu;
const NUMBERS = /\d+(?:[-:.,]\d+)*/g;

describe.skipIf(!installed && !process.env.CI)('Apertium provider on the installed engine', () => {
  testProviderContract('apertium', async () => createApertiumProvider(options), 'nb');

  it('finds every installed mode working', async () => {
    const found = await detectApertium();
    expect(found.available).toBe(true);
    expect(installedModes.length).toBeGreaterThanOrEqual(process.env.CI ? 3 : 1);
    for (const [mode, locale] of installedModes) {
      expect(found.modes[locale], mode).toMatchObject({ mode, ok: true });
    }
  });

  it('brings every token shape back unchanged in every installed mode', async () => {
    const shapes = [
      maskApertiumToken(0),
      maskApertiumToken(7),
      maskApertiumToken(12),
      maskApertiumToken(345),
      protectToken(0),
      protectToken(41),
      SENTINEL,
    ];
    for (const [mode] of installedModes) {
      const commands = await readModeCommands(join(DEFAULT_MODES_DIR, `${mode}.mode`), process.env);
      const pipeline = startPipeline({ commands, timeoutMs: 30_000, label: mode });
      try {
        for (const t of shapes) {
          const u = shapes[(shapes.indexOf(t) + 1) % shapes.length]!;
          const texts = [
            `${t} möter ${u} i dag.`,
            `Han sa att det var ${t}.`,
            `Mötet (${t}) slutade med "${u}".`,
            `${t}:s ledare träffade ${u}, ${t} och Kinas president.`,
            `Enligt ${t} steg priserna med ${u} procent under ${t}.`,
          ];
          const raw = await pipeline.translate(texts.map((text) => `${escapeApertium(text)}[]`));
          raw.forEach((output, i) => {
            const back = unescapeApertium(stripUnknownMarks(output).stream);
            for (const token of [t, u]) {
              const count = (s: string) => s.split(token).length - 1;
              expect(count(back), `${mode}: ${texts[i]} → ${back}`).toBe(count(texts[i]!));
            }
          });
        }
      } finally {
        pipeline.close();
      }
    }
  });

  describe('the seed article through swe-nob', () => {
    let sentences: string[];
    let first: string[];
    const notes: { index: number; check: string; message: string }[] = [];
    let provider: Provider;

    beforeAll(async () => {
      sentences = await readSeedSentences();
      provider = await createApertiumProvider(options);
      first = await provider.translate(sentences, {
        source: 'sv',
        target: 'nb',
        onNote: (index, check, message) => notes.push({ index, check, message }),
      });
    });
    afterAll(() => provider.dispose?.());

    it('translates every sentence', () => {
      expect(first).toHaveLength(sentences.length);
      let changed = 0;
      sentences.forEach((sv, i) => {
        const nb = first[i]!;
        expect(nb.trim(), sv).not.toBe('');
        if (SWEDISH_ONLY.test(sv)) expect(nb, sv).not.toBe(sv);
        if (nb !== sv) changed += 1;
      });
      expect(changed / sentences.length).toBeGreaterThan(0.8);
    });

    it('writes no unknown-word mark and notes the words instead', () => {
      for (const nb of first) expect(nb).not.toMatch(/[*@#]/);
      const uzbek = sentences.findIndex((sv) => sv.includes('uzbekiska'));
      expect(notes).toContainEqual({
        index: uzbek,
        check: 'apertium-unknown',
        message: '"uzbekiska"',
      });
      expect(notes.filter((note) => note.check !== 'apertium-unknown')).toEqual([]);
    });

    it('keeps every number and date as written', () => {
      sentences.forEach((sv, i) => {
        for (const number of sv.match(NUMBERS) ?? []) expect(first[i], sv).toContain(number);
      });
    });

    it('gives the same bytes on a second run, in any order and batching', async () => {
      const again = await createApertiumProvider(options);
      try {
        const ctx = { source: 'sv', target: 'nb' };
        expect(await again.translate(sentences, ctx)).toEqual(first);
        const reversed = await again.translate([...sentences].reverse(), ctx);
        expect(reversed.reverse()).toEqual(first);
        const one = await again.translate([sentences[9]!], ctx);
        expect(one).toEqual([first[9]]);
      } finally {
        await again.dispose?.();
      }
    });

    it('translates a question the same whatever came before it', async () => {
      const ctx = { source: 'sv', target: 'nb' };
      const [alone] = await provider.translate(['Vad händer nu?'], ctx);
      const after = await provider.translate(['Så här gick det till', 'Vad händer nu?'], ctx);
      expect(after[1]).toBe(alone);
    });
  });

  it('names apertium-recursive when rtx-proc is not on PATH', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'tolk-no-rtx-'));
    try {
      const commands = await readModeCommands(join(DEFAULT_MODES_DIR, 'swe-nob.mode'), process.env);
      const programs = new Set(['apertium-wblank-mode', ...commands.map(([program]) => program!)]);
      programs.delete('rtx-proc');
      for (const program of programs) {
        await symlink((await findProgram(program, process.env))!, join(bin, program));
      }
      const error = await Promise.resolve()
        .then(() => createApertiumProvider({ ...options, env: { PATH: bin } }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toContain('`apt-get install apertium-recursive`');
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });
});
