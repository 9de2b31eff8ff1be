#!/usr/bin/env node
// In the repository the CLI runs from source through tsx, so `npm run translate`
// never uses a stale build; an installed package runs the compiled dist/.
import { existsSync } from 'node:fs';

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
