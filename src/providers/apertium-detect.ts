// Whether Apertium can translate into each locale here: mode file, every program of the mode's
// pipeline, and a known sentence through it, because a broken pipeline exits 0 with empty output.

import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeApertium, unescapeApertium } from './apertium-escape.js';
import {
  DEFAULT_MODES_DIR,
  findModeSpec,
  findProgram,
  findProgramPackage,
  listModeLocales,
  type ModeSpec,
  readModeCommands,
} from './apertium-modes.js';
import type { ApertiumPipeline } from './apertium-pipeline.js';
import { startPipeline } from './apertium-pipeline.js';
import { stripUnknownMarks } from './apertium-unknown.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface ApertiumModeStatus {
  mode: string;
  ok: boolean;
  /** Why it cannot be used and how to fix it (`… Install it with \`apt-get install …\``). */
  problem?: string;
  /** Installed but weak (swe-isl): use only when configured. */
  experimental?: boolean;
}

export interface ApertiumDetection {
  /** At least one non-experimental mode works. */
  available: boolean;
  /** By target language (`nb`, `no`, `nn`, `da`, `is`). */
  modes: Record<string, ApertiumModeStatus>;
}

export interface DetectOptions {
  modesDir?: string;
  env?: Env;
  /** Run the test sentence through each mode (default true; ~0.3 s per mode, once per process). */
  verify?: boolean;
  timeoutMs?: number;
}

/** Every word differs between Swedish and Norwegian/Danish, so an untranslated echo is caught. */
export const VERIFY_TEXT = 'Jag har inte sett huset.';

/** Programs and mode pipeline of a mode, or why it cannot run. */
export async function inspectMode(
  spec: ModeSpec,
  modesDir: string,
  env: Env,
): Promise<{ commands: string[][] } | { problem: string }> {
  const install = (pkg: string) => `Install it with \`apt-get install ${pkg}\``;
  const modeFile = join(modesDir, `${spec.mode}.mode`);
  try {
    await access(modeFile);
  } catch {
    return { problem: `${modeFile} does not exist. ${install(spec.package)}` };
  }
  if ((await findProgram('apertium-wblank-mode', env)) === undefined) {
    return { problem: `the Apertium engine is not installed. ${install('apertium')}` };
  }
  let commands: string[][];
  try {
    commands = await readModeCommands(modeFile, env);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      problem: `apertium-wblank-mode could not read ${modeFile} (${why}). ${install(`--reinstall apertium ${spec.package}`)}`,
    };
  }
  for (const [program] of commands) {
    if (program !== undefined && (await findProgram(program, env)) === undefined) {
      return {
        problem: `the mode runs ${program}, which is not installed. ${install(findProgramPackage(program))}`,
      };
    }
  }
  return { commands };
}

/** Runs the test sentence; undefined when the answer is a translation, else the problem. */
export async function verifyPipeline(
  pipeline: ApertiumPipeline,
  spec: ModeSpec,
): Promise<string | undefined> {
  const [raw] = await pipeline.translate([`${escapeApertium(VERIFY_TEXT)}[]`]);
  const answer = unescapeApertium(stripUnknownMarks(raw ?? '').stream).trim();
  if (answer !== '' && answer !== VERIFY_TEXT) return undefined;
  const got = answer === '' ? 'nothing' : 'it untranslated';
  return `the test sentence "${VERIFY_TEXT}" came back as ${got}. Reinstall with \`apt-get install --reinstall apertium ${spec.package}\``;
}

const verified = new Map<string, Promise<ApertiumModeStatus>>();

/** Which locales Apertium can translate Swedish into on this machine, and what is missing for the rest. */
export async function detectApertium(options: DetectOptions = {}): Promise<ApertiumDetection> {
  const modesDir = options.modesDir ?? DEFAULT_MODES_DIR;
  const given = options.env ?? process.env;
  // Like the provider: a CLI environment without PATH still finds the system's programs.
  const env: Env = given.PATH ? given : { ...given, PATH: process.env.PATH };
  const modes: Record<string, ApertiumModeStatus> = {};
  // One at a time: each verification holds a pipeline of ~250 MB.
  for (const locale of listModeLocales()) {
    const spec = findModeSpec(locale)!;
    const key = [modesDir, env.PATH, spec.mode, options.verify !== false].join('\0');
    let status = verified.get(key);
    if (status === undefined) {
      status = checkMode(
        spec,
        modesDir,
        env,
        options.verify !== false,
        options.timeoutMs ?? 30_000,
      );
      verified.set(key, status);
    }
    modes[locale] = await status;
  }
  const available = Object.values(modes).some((status) => status.ok && !status.experimental);
  return { available, modes };
}

async function checkMode(
  spec: ModeSpec,
  modesDir: string,
  env: Env,
  verify: boolean,
  timeoutMs: number,
): Promise<ApertiumModeStatus> {
  const base = { mode: spec.mode, ...(spec.experimental ? { experimental: true } : {}) };
  const inspected = await inspectMode(spec, modesDir, env);
  if ('problem' in inspected) return { ...base, ok: false, problem: inspected.problem };
  if (!verify) return { ...base, ok: true };
  const pipeline = startPipeline({
    commands: inspected.commands,
    env,
    timeoutMs,
    label: spec.mode,
  });
  try {
    const problem = await verifyPipeline(pipeline, spec);
    return problem === undefined ? { ...base, ok: true } : { ...base, ok: false, problem };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const fix = `Reinstall with \`apt-get install --reinstall apertium ${spec.package}\``;
    return { ...base, ok: false, problem: `${why}. ${fix}` };
  } finally {
    pipeline.close();
  }
}

/** The status for `locale` (`nb-NO` → the `nb` entry); undefined when Apertium has no pair for it. */
export function findApertiumStatus(
  detection: ApertiumDetection,
  locale: string,
): ApertiumModeStatus | undefined {
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return detection.modes[primary];
}
