#!/usr/bin/env node
// In the repository the CLI runs from source through tsx, so `npm run translate`
// never uses a stale build; an installed package runs the compiled dist/.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A run holds its working set to the end and makes garbage at a steady rate; by default V8 lets the
// heap grow to about four times what is live before collecting (560 MB for 140 MB live at 500
// articles). Growing by a quarter keeps the peak near the working set for a few more collections.
setFlagsFromString('--heap-growing-percent=25');

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
