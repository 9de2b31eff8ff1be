// Spawning a chain of programs wired stdout → stdin without a shell, and NUL framing of their streams.

import { type ChildProcess, spawn } from 'node:child_process';

export interface Chain {
  stages: ChildProcess[];
  stdin: NodeJS.WritableStream;
  stdout: NodeJS.ReadableStream;
}

/**
 * Spawns each argv with argument arrays (no user text ever reaches a command line), each stage
 * leading its own process group so a kill reaches anything it forked.
 */
export function spawnChain(
  commands: readonly (readonly string[])[],
  env: Readonly<Record<string, string | undefined>>,
): Chain {
  const stages: ChildProcess[] = [];
  for (const [program, ...args] of commands) {
    if (program === undefined) continue;
    const previous = stages[stages.length - 1];
    stages.push(
      spawn(program, args, {
        detached: true,
        env: env as NodeJS.ProcessEnv,
        stdio: [previous?.stdout ?? 'pipe', 'pipe', 'pipe'],
      }),
    );
    // The new stage holds a duplicate of the read end; ours would only compete for the bytes.
    previous?.stdout?.destroy();
  }
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (first?.stdin == null || last?.stdout == null) throw new Error('empty command chain');
  return { stages, stdin: first.stdin, stdout: last.stdout };
}

export function killChain(chain: Chain | undefined): void {
  for (const stage of chain?.stages ?? []) {
    // Even when the stage itself has ended, its group may still hold something it forked.
    if (stage.pid === undefined) continue;
    try {
      process.kill(-stage.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * Counts NUL-terminated frames in a byte stream. `take` splits a chunk after the `wanted`-th NUL,
 * so the caller can forward exactly the frames it expects and notice anything beyond them.
 */
export function takeFrames(
  chunk: Buffer,
  wanted: number,
): { head: Buffer; frames: number; rest: Buffer } {
  let frames = 0;
  let end = 0;
  while (frames < wanted) {
    const nul = chunk.indexOf(0, end);
    if (nul === -1) return { head: chunk, frames, rest: Buffer.alloc(0) };
    frames += 1;
    end = nul + 1;
  }
  return { head: chunk.subarray(0, end), frames, rest: chunk.subarray(end) };
}

/** Splits complete frames off a growing buffer; the unterminated tail stays in `pending`. */
export function splitFrames(
  pending: Buffer[],
  chunk: Buffer,
): { frames: string[]; pending: Buffer[] } {
  const frames: string[] = [];
  let parts = pending;
  let start = 0;
  for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, start)) {
    parts.push(chunk.subarray(start, nul));
    frames.push(Buffer.concat(parts).toString('utf8'));
    parts = [];
    start = nul + 1;
  }
  if (start < chunk.length) parts.push(chunk.subarray(start));
  return { frames, pending: parts };
}
