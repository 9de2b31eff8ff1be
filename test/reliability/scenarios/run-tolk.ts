// Running tolk the two ways a user does: in this process (fast, for most scenarios) and as a real
// child process (for signals and kills).

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type CliRun, runTolk } from '../../helpers/cli.js';
import { REPO } from './project.js';

export { type CliRun, runTolk };

export const BIN = join(REPO, 'bin/tolk.mjs');

export interface ChildRun {
  child: ChildProcess;
  /** Resolves when the process has exited, with what it printed. */
  done: Promise<CliRun & { signal: NodeJS.Signals | null }>;
}

/** `node bin/tolk.mjs <args>` in `cwd` with only PATH, HOME and `env` in its environment. */
export function spawnTolk(cwd: string, args: string[], env: Record<string, string>): ChildRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Resolves once `condition` holds, checking every millisecond or so; rejects after `limitMs`. */
export function waitFor(condition: () => boolean, limitMs = 20_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (condition()) return resolve();
      if (Date.now() - start > limitMs) return reject(new Error('waitFor: condition never held'));
      setTimeout(tick, 1);
    };
    tick();
  });
}
