#!/usr/bin/env node
// In the repository the CLI runs from source through tsx, so `npm run translate`
// never uses a stale build; an installed package runs the compiled dist/.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A run holds its working set to the end and makes garbage at a steady rate; by default V8 lets the
// heap grow to several times what is live before collecting. Growing by half after each collection:
// 500-article first run, built package, 268 MB peak RSS instead of 383 MB for ~0.7 s more CPU.
// `tolk check` keeps V8's default, which costs it ~10% less CPU (5 000 articles, one language:
// 10.1–10.6 s CPU, against 11.0–12.8 s with the flag). A large check runs a thread per core, and
// V8's helpers for parallel young-generation collection then only take turns from the other
// threads: without them, 5 000 articles checked in 10.53 s instead of 10.81 s (means of 5
// alternating runs; user CPU 18.2 s instead of 18.4 s).
if (process.argv[2] !== 'check') setFlagsFromString('--heap-growing-percent=50');
else setFlagsFromString('--no-parallel-scavenge');

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(source.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
