// Which Apertium mode serves which target locale, and which Debian package supplies each piece.

import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

export const DEFAULT_MODES_DIR = '/usr/share/apertium/modes';

export interface ModeSpec {
  mode: string;
  /** The Debian package holding the mode's data. */
  package: string;
  /** Installed but too weak to use unless asked for. */
  experimental?: boolean;
}

const NOR: ModeSpec = { mode: 'swe-nob', package: 'apertium-swe-nor' };

/** Target language (primary subtag) → the Swedish-to-X mode translating into it. */
const LOCALE_MODES: Readonly<Record<string, ModeSpec>> = {
  nb: NOR,
  no: NOR,
  nn: { mode: 'swe-nno', package: 'apertium-swe-nor' },
  da: { mode: 'swe-dan', package: 'apertium-swe-dan' },
  is: { mode: 'swe-isl', package: 'apertium-isl-swe', experimental: true },
};

/** Programs a mode's pipeline may run, by the Debian package that ships them. */
const PROGRAM_PACKAGES: Readonly<Record<string, string>> = {
  'lt-proc': 'lttoolbox',
  'cg-proc': 'cg3',
  'lsx-proc': 'apertium-separable',
  'lrx-proc': 'apertium-lex-tools',
  'rtx-proc': 'apertium-recursive',
};

/** The mode translating Swedish into `locale` (`nb-NO` → `swe-nob`), if Apertium has one. */
export function findModeSpec(locale: string): ModeSpec | undefined {
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return LOCALE_MODES[primary];
}

/** Locales (primary subtags) Apertium could serve, whether installed or not. */
export function listModeLocales(): string[] {
  return Object.keys(LOCALE_MODES);
}

export function findProgramPackage(program: string): string {
  return PROGRAM_PACKAGES[program] ?? (program.startsWith('apertium') ? 'apertium' : program);
}

/** Where `program` is on PATH, or undefined when it is not installed. */
export async function findProgram(
  program: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, program);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * The argv of each program in the mode's null-flush pipeline, as `apertium-wblank-mode -z`
 * writes it (with the word-bound blank stages the `apertium` wrapper would add). `$1` is the
 * generator's flag: `-g` keeps unknown-word marks, which we turn into notes.
 */
export async function readModeCommands(
  modeFile: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string[][]> {
  const script = await new Promise<string>((resolve, reject) => {
    execFile('apertium-wblank-mode', ['-z', modeFile], { env }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
  return parseModeScript(script).map((argv) =>
    argv.flatMap((word) => (word === '$1' ? ['-g'] : word === '$2' ? [] : [word])),
  );
}

/** Splits a mode's shell pipeline (`a -x 'f' | b 'g'`) into argv arrays; mode files use only quotes and pipes. */
export function parseModeScript(script: string): string[][] {
  const commands: string[][] = [];
  let argv: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < script.length; i += 1) {
    const ch = script[i]!;
    if (ch === "'" || ch === '"') {
      const end = script.indexOf(ch, i + 1);
      word = (word ?? '') + script.slice(i + 1, end === -1 ? script.length : end);
      i = end === -1 ? script.length : end;
    } else if (/\s/.test(ch) || ch === '|') {
      if (word !== undefined) argv.push(word);
      word = undefined;
      if (ch === '|' && argv.length > 0) {
        commands.push(argv);
        argv = [];
      }
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== undefined) argv.push(word);
  if (argv.length > 0) commands.push(argv);
  return commands;
}
