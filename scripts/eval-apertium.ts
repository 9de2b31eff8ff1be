// npm run eval:apertium — speed, memory and determinism of the Apertium provider on this machine.
// Per installed mode: cold start, warm segments per second, RSS per pipeline, cross-segment
// influence; then 500 articles generated from the seed's sentences translated to nb.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { createApertiumProvider } from '../src/providers/apertium.js';
import { escapeApertium, unescapeApertium } from '../src/providers/apertium-escape.js';
import {
  DEFAULT_MODES_DIR,
  findModeSpec,
  listModeLocales,
  readModeCommands,
} from '../src/providers/apertium-modes.js';
import { type ApertiumPipeline, startPipeline } from '../src/providers/apertium-pipeline.js';

const SEED = 'content/sv/xi-putin-samarkand.txt';
const ARTICLES = Number(process.argv[2] ?? 500);

function readSentences(): string[] {
  return readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .flatMap((block) => block.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ–"])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Article `k`: the seed's sentences rotated by k, every number shifted by k, so no two are alike. */
function generateArticle(sentences: readonly string[], k: number): string[] {
  const rotated = sentences.map((_, i) => sentences[(i + k) % sentences.length]!);
  return rotated.map((s) =>
    s.replace(/\d+/g, (n) => String((Number(n) + k) % 10 ** n.length).padStart(n.length, '0')),
  );
}

function readRssMb(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // a stage that has already ended (the per-batch tagger)
    }
  }
  return kb / 1024;
}

const encode = (text: string) => `${escapeApertium(text)}[]`;

async function measureMode(mode: string, sentences: string[]): Promise<void> {
  const commands = await readModeCommands(join(DEFAULT_MODES_DIR, `${mode}.mode`), process.env);
  const open = () => startPipeline({ commands, timeoutMs: 60_000, label: mode });
  let started = performance.now();
  const pipeline: ApertiumPipeline = open();
  await pipeline.translate([encode(sentences[0]!)]);
  const coldMs = performance.now() - started;

  const rounds = 5;
  started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < sentences.length; i += 50) {
      await pipeline.translate(sentences.slice(i, i + 50).map(encode));
    }
  }
  const warmRate = (rounds * sentences.length) / ((performance.now() - started) / 1000);
  const rss = readRssMb(pipeline.pids);

  // Cross-segment influence: each sentence in its own batch, all in order, all reversed.
  const translate = async (batch: string[]) =>
    (await pipeline.translate(batch.map(encode))).map(unescapeApertium);
  const alone: string[] = [];
  for (const sentence of sentences) alone.push((await translate([sentence]))[0]!);
  const inOrder = await translate(sentences);
  const reversed = (await translate([...sentences].reverse())).reverse();
  const differ = (other: string[]) => alone.filter((text, i) => text !== other[i]).length;
  pipeline.close();

  console.log(
    `${mode.padEnd(8)} cold ${coldMs.toFixed(0).padStart(5)} ms   warm ${warmRate.toFixed(0).padStart(5)} segments/s   RSS ${rss.toFixed(0).padStart(4)} MB/pipeline   alone≠in-order ${differ(inOrder)}/${sentences.length}, alone≠reversed ${differ(reversed)}/${sentences.length}`,
  );
}

async function translateArticles(sentences: string[], pipelines: number): Promise<void> {
  const articles = Array.from({ length: ARTICLES }, (_, k) => generateArticle(sentences, k));
  const segments = articles.reduce((sum, article) => sum + article.length, 0);
  const started = performance.now();
  const provider = await createApertiumProvider({
    cwd: '.',
    env: process.env,
    settings: { pipelines },
    targets: ['nb'],
  });
  const { maxBatch = 50, concurrency = 1 } = provider.capabilities;
  const limit = pLimit(concurrency);
  const batches = articles.flatMap((article) =>
    Array.from({ length: Math.ceil(article.length / maxBatch) }, (_, b) =>
      article.slice(b * maxBatch, (b + 1) * maxBatch),
    ),
  );
  let unknown = 0;
  await Promise.all(
    batches.map((batch) =>
      limit(() =>
        provider.translate(batch, { source: 'sv', target: 'nb', onNote: () => (unknown += 1) }),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  await provider.dispose?.();
  console.log(
    `${ARTICLES} articles (${segments} segments) to nb with ${pipelines} pipeline(s): ${seconds.toFixed(1)} s including start-up, ${(segments / seconds).toFixed(0)} segments/s, ${unknown} unknown-word notes`,
  );
}

function readApertiumVersion(): string {
  try {
    // dpkg-query's own format syntax, not a template placeholder.
    const format = ['$', '{Version}'].join('');
    return execFileSync('dpkg-query', ['-W', '-f', format, 'apertium'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return '(version unknown: not installed from Debian)';
  }
}

async function main(): Promise<void> {
  const sentences = readSentences();
  const version = readApertiumVersion();
  console.log(
    `Apertium ${version}, ${availableParallelism()} cores, seed: ${sentences.length} sentences`,
  );
  const modes = new Set(listModeLocales().map((locale) => findModeSpec(locale)!.mode));
  for (const mode of modes) {
    try {
      readFileSync(join(DEFAULT_MODES_DIR, `${mode}.mode`));
    } catch {
      console.log(`${mode.padEnd(8)} not installed`);
      continue;
    }
    await measureMode(mode, sentences);
  }
  for (const pipelines of [1, 2]) await translateArticles(sentences, pipelines);
}

await main();
