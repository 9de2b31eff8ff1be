// Runs a node child to completion, measuring its wall time and (through usage-hook.mjs) its own
// CPU time and peak RSS.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** user + system CPU of the child alone. */
  cpuMs: number;
  userMs: number;
  systemMs: number;
  maxRssMb: number;
}

interface Usage {
  userMs: number;
  systemMs: number;
  maxRssKb: number;
}

const HOOK = fileURLToPath(new URL('./usage-hook.mjs', import.meta.url));

export interface ChildOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

export async function runChild(
  script: string,
  args: readonly string[],
  options: ChildOptions,
): Promise<ChildRun> {
  const dir = await mkdtemp(join(tmpdir(), 'tolk-usage-'));
  const usageFile = join(dir, 'usage.json');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', HOOK, ...(options.nodeArgs ?? []), script, ...args],
    {
      cwd: options.cwd,
      env: { ...options.env, TOLK_BENCH_USAGE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exit) => resolve(exit));
  });
  const wallMs = performance.now() - started;
  const usage = JSON.parse(await readFile(usageFile, 'utf8')) as Usage;
  await rm(dir, { recursive: true, force: true });
  return {
    code,
    stdout,
    stderr,
    wallMs,
    cpuMs: usage.userMs + usage.systemMs,
    userMs: usage.userMs,
    systemMs: usage.systemMs,
    maxRssMb: usage.maxRssKb / 1024,
  };
}
