// The DeepL stand-in (`tolk mock-server`) in a process of its own, so its CPU is never counted as
// tolk's; its counters are read over HTTP.

import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { DeeplMockCounters } from '../../src/testing/index.js';

/** What `GET /__mock/stats` answers: the mock's counters and the characters billed. */
export interface MockStats extends DeeplMockCounters {
  characterCount: number;
}

export interface MockProcess {
  url: string;
  stats(): Promise<MockStats>;
  stop(): Promise<void>;
}

export interface MockSettings {
  latencyMs: number;
  maxConcurrent: number;
  retryAfterSeconds: number;
}

export async function startMockProcess(cli: string, settings: MockSettings): Promise<MockProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      cli,
      'mock-server',
      '--port',
      '0',
      '--latency',
      String(settings.latencyMs),
      '--max-concurrent',
      String(settings.maxConcurrent),
      '--retry-after',
      String(settings.retryAfterSeconds),
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the mock server exited with ${code}`)));
    lines.once('line', (line) => {
      const match = /listening on (\S+)/.exec(line);
      if (match?.[1]) resolve(match[1]);
      else reject(new Error(`unexpected first line from the mock server: ${line}`));
    });
  });
  lines.close();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    async stats() {
      const response = await fetch(`${url}/__mock/stats`);
      return (await response.json()) as MockStats;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What happened on the server between two readings. */
export function diffStats(before: MockStats, after: MockStats): MockStats {
  const out = { ...after };
  for (const key of Object.keys(after) as Array<keyof MockStats>) {
    if (key !== 'inFlight' && key !== 'maxInFlight') out[key] = after[key] - before[key];
  }
  return out;
}
