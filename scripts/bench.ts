// `npm run bench`: tolk at newsroom scale against a loopback DeepL (issue 8). For each corpus size:
// requests vs the lower bound, wall vs the ideal, tolk's own CPU and memory, billed characters, a
// no-change run, a 1% edit, `tolk check`, and a naive baseline; one table each, bench/results.json.
//
//   npm run bench -- [--sizes 50,500,5000] [--langs en-GB,de,uk,nb] [--latency 80] [--cap 8]
//                    [--naive-sample 40] [--profile] [--keep] [--out bench/results.json]
//                    [--from-source | --cli path/to/bin/tolk.mjs]
//
// tolk runs as a user installs it (compiled, plain node) unless --from-source asks for the
// repository's bin/tolk.mjs through tsx, or --cli names another checkout's.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPackage } from './bench/build-package.js';
import { formatGrowth, formatSizeTable } from './bench/format-table.js';
import { type BenchOptions, runSize, type SizeResult } from './bench/run-size.js';
import { checkTargets } from './bench/targets.js';

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function readList(value: string | undefined, fallback: string): string[] {
  return (value ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

async function describeMachine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown';
  return {
    nproc: availableParallelism(),
    node: process.version,
    cpu: model.trim(),
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      langs: { type: 'string' },
      latency: { type: 'string' },
      cap: { type: 'string' },
      'naive-sample': { type: 'string' },
      profile: { type: 'boolean' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
      cli: { type: 'string' },
      'from-source': { type: 'boolean' },
    },
  });
  const sizes = readList(values.sizes, '50,500,5000').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--sizes takes whole numbers such as 50,500,5000, not "${values.sizes}"`);
  }
  const built = values.cli || values['from-source'] ? undefined : await buildPackage(repo('.'));
  const cliKind = values.cli ? 'given' : built ? 'built package' : 'source via tsx';
  const options: BenchOptions = {
    // Another checkout's bin/tolk.mjs, to compare a change against this one on the same corpus.
    cli: values.cli ? resolve(values.cli) : (built?.cli ?? repo('bin/tolk.mjs')),
    glossary: repo('glossary.yaml'),
    langs: readList(values.langs, 'en-GB,de,uk,nb'),
    mock: {
      latencyMs: Number(values.latency ?? 80),
      maxConcurrent: Number(values.cap ?? 8),
      retryAfterSeconds: 1,
    },
    profile: values.profile === true,
    naiveSample: Number(values['naive-sample'] ?? 40),
    keep: values.keep === true,
    log: (line) => process.stderr.write(`${line}\n`),
  };
  const machine = await describeMachine();
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  process.stdout.write(
    `tolk benchmark: ${machine.nproc} cores (${machine.cpu}), node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}\n` +
      `DeepL mock in its own process: ${options.mock.latencyMs} ms per request, 429 + Retry-After above ${options.mock.maxConcurrent} in flight\n` +
      `tolk: ${cliKind} (${options.cli})\n\n`,
  );

  const results: SizeResult[] = [];
  const started = performance.now();
  for (const size of sizes) {
    const result = await runSize(size, options);
    results.push(result);
    process.stdout.write(`${formatSizeTable(result)}\n`);
    if (result.profile) {
      process.stdout.write(
        'Top self time, first run (node --cpu-prof, main thread, idle excluded):\n',
      );
      for (const line of result.profile) {
        process.stdout.write(
          `  ${line.selfMs.toFixed(0).padStart(7)} ms ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.name}\n`,
        );
      }
      process.stdout.write('\n');
    }
  }
  await built?.remove();
  process.stdout.write(formatGrowth(results));
  const totalMs = performance.now() - started;
  process.stdout.write(`\nBenchmark took ${(totalMs / 60_000).toFixed(1)} min.\n`);

  const out = values.out ?? repo('bench/results.json');
  await mkdir(dirname(out), { recursive: true });
  const report = {
    command,
    date: new Date().toISOString(),
    machine,
    cli: cliKind,
    mock: options.mock,
    benchMinutes: Number((totalMs / 60_000).toFixed(2)),
    sizes: results.map((r) => ({ ...r, targets: checkTargets(r) })),
  };
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Results written to ${out}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
