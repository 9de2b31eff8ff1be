// The API key must never show: not in what tolk prints, nor in any file a run leaves — whether the
// run succeeds or DeepL refuses the key, runs out of quota, fails or times out.

import type { DeeplMockServer } from '../../../src/testing/index.js';
import { createFaultProject } from './faults.js';
import { mockEnv, SECRET_KEY } from './mock.js';
import { removeProject } from './project.js';
import { runTolk } from './run-tolk.js';
import { resetServer } from './translate-check.js';
import { readAllFiles } from './tree.js';

export interface LeakRun {
  name: string;
  setup(server: DeeplMockServer): void;
  args: string[];
  /** DeepL settings for the run. */
  deepl?: { timeoutMs?: number; maxAttempts?: number };
}

export const LEAK_RUNS: LeakRun[] = [
  { name: 'a successful run', setup: () => undefined, args: ['translate'] },
  {
    name: 'a key DeepL refuses (403)',
    setup: (s) => {
      s.state.authKey = 'another-key';
    },
    args: ['translate'],
  },
  {
    name: 'quota used up (456)',
    setup: (s) => {
      s.state.characterLimit = 0;
    },
    args: ['translate'],
  },
  {
    name: 'a 500 outage',
    setup: (s) => {
      s.state.faults.push({ status: 500, times: 100, path: '*' });
    },
    args: ['translate'],
    deepl: { maxAttempts: 2 },
  },
  {
    name: 'answers slower than the timeout',
    setup: (s) => {
      s.state.faults.push({ delayMs: 1_000, times: 100, path: '*' });
    },
    args: ['translate'],
    deepl: { maxAttempts: 1, timeoutMs: 100 },
  },
  {
    name: 'glossary sync with a refused key',
    setup: (s) => {
      s.state.authKey = 'another-key';
    },
    args: ['glossary', 'sync'],
  },
  { name: 'tolk check --format json', setup: () => undefined, args: ['check', '--format', 'json'] },
  { name: 'tolk status', setup: () => undefined, args: ['status'] },
];

export interface LeakOutcome {
  name: string;
  code: number;
  /** Where the key showed up (must be empty). */
  leaks: string[];
  /** Files scanned. */
  files: number;
}

/** Runs each of `LEAK_RUNS` in its own project and scans everything it printed and wrote. */
export async function runLeakScan(server: DeeplMockServer): Promise<LeakOutcome[]> {
  const outcomes: LeakOutcome[] = [];
  // Parts of the key too: a message must not print half of it either.
  const needles = [SECRET_KEY, ...SECRET_KEY.split(/[-:]/).filter((part) => part.length >= 8)];
  for (const leak of LEAK_RUNS) {
    const dir = createFaultProject(leak.deepl);
    try {
      resetServer(server);
      server.state.authKey = undefined;
      leak.setup(server);
      const run = await runTolk(dir, leak.args, mockEnv(server.url));
      const leaks: string[] = [];
      const scan = (where: string, text: string) => {
        for (const needle of needles)
          if (text.includes(needle)) leaks.push(`${where} holds "${needle}"`);
      };
      scan('stdout', run.stdout);
      scan('stderr', run.stderr);
      const files = readAllFiles(dir);
      for (const file of files) scan(file.path, file.text);
      outcomes.push({ name: leak.name, code: run.code, leaks, files: files.length });
    } finally {
      server.state.authKey = undefined;
      removeProject(dir);
    }
  }
  return outcomes;
}
