// Runs the tolk CLI in-process, the way a user would run it in a directory, capturing what it prints.

import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runTolk(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  signal?: AbortSignal,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    env,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    ...(signal ? { signal } : {}),
  });
  return { code, stdout, stderr };
}
