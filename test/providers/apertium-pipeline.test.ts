// The pipeline machinery with stand-in programs (cat, sed, sh), so it runs without Apertium.

import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/errors.js';
import { type ApertiumPipeline, startPipeline } from '../../src/providers/apertium-pipeline.js';
import { createPool } from '../../src/providers/apertium-pool.js';

const started: ApertiumPipeline[] = [];
const dirs: string[] = [];

function start(commands: string[][], timeoutMs = 10_000): ApertiumPipeline {
  const pipeline = startPipeline({ commands, timeoutMs, label: 'test' });
  started.push(pipeline);
  return pipeline;
}

afterEach(async () => {
  for (const pipeline of started.splice(0)) pipeline.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Live (non-zombie) processes whose process group is `pgid`, read from /proc. */
async function listGroup(pgid: number): Promise<number[]> {
  const members: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === pgid && state !== 'Z') members.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

async function waitFor(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('Apertium pipeline', () => {
  it('returns one output per segment, in order, across batches', async () => {
    const pipeline = start([['cat'], ['cat']]);
    expect(await pipeline.translate(['a', 'b[ ]c', ''])).toEqual(['a', 'b[ ]c', '']);
    expect(await pipeline.translate(['d'])).toEqual(['d']);
    expect(await pipeline.translate([])).toEqual([]);
  });

  it('notices when a stage gives back more segments than it was given', async () => {
    // sed -z p prints every NUL-separated record twice.
    const pipeline = start([['sed', '-u', '-z', 'p']]);
    await expect(pipeline.translate(['a', 'b'])).rejects.toThrow(/lost or added a segment/);
    expect(pipeline.alive).toBe(false);
  });

  it('reports a stage that dies, with what it said on stderr', async () => {
    const pipeline = start([['sh', '-c', 'echo "Error: Malformed input stream." >&2; exit 1']]);
    const error = await pipeline.translate(['a']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(String(error)).toMatch(/exit code 1.*Malformed input stream/s);
  });

  it('kills the whole process group of every stage when a batch times out', async () => {
    const pipeline = start([['sh', '-c', 'sleep 300 & cat > /dev/null']], 300);
    const leader = pipeline.pids[0]!;
    expect(await waitFor(async () => (await listGroup(leader)).length >= 2)).toBe(true);
    await expect(pipeline.translate(['a'])).rejects.toThrow(/no answer within 300 ms/);
    expect(await waitFor(async () => (await listGroup(leader)).length === 0)).toBe(true);
  });

  it('starts the tagger stage afresh for every batch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tolk-tagger-'));
    dirs.push(dir);
    const tagger = join(dir, 'apertium-tagger');
    // Marks every record but the sentinel with its own process id.
    await writeFile(tagger, '#!/bin/sh\nexec sed -u -z "/XQZ0X/!s/^/$$:/"\n');
    await chmod(tagger, 0o755);
    const pipeline = start([['cat'], [tagger, '-g'], ['cat']]);
    const first = await pipeline.translate(['a', 'b']);
    const second = await pipeline.translate(['c']);
    const pidOf = (output: string) => output.split(':')[0];
    expect(first.map((output) => output.split(':')[1])).toEqual(['a', 'b']);
    expect(pidOf(first[0]!)).toBe(pidOf(first[1]!));
    expect(pidOf(second[0]!)).not.toBe(pidOf(first[0]!));
  });
});

describe('Apertium pool', () => {
  it('runs batches on at most `size` pipelines and replaces a failed one', async () => {
    let count = 0;
    const pool = createPool({
      start: () => {
        count += 1;
        // The first pipeline answers one batch, then its stage dies.
        return start(count === 1 ? [['sed', '-u', '-z', '2q']] : [['cat']]);
      },
      size: 1,
      maxQueue: 4,
      label: 'test',
    });
    await expect(pool.translate(['a'])).rejects.toThrow(ProviderError);
    expect(await pool.translate(['b'])).toEqual(['b']);
    const batches = await Promise.all([pool.translate(['c']), pool.translate(['d'])]);
    expect(batches).toEqual([['c'], ['d']]);
    expect(count).toBe(2);
    pool.close();
  });

  it('refuses batches beyond its queue', async () => {
    const pool = createPool({ start: () => start([['cat']]), size: 1, maxQueue: 1, label: 'test' });
    const results = await Promise.allSettled([
      pool.translate(['a']),
      pool.translate(['b']),
      pool.translate(['c']),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    pool.close();
  });
});
