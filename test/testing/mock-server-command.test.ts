import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/command.js';
import { mockServerCommand } from '../../src/cli/commands/mock-server.js';
import { UserError } from '../../src/errors.js';

function makeIo(signal: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: '.',
    env: {},
    stdout: (t) => {
      out.push(t);
    },
    stderr: (t) => err.push(t),
    isTTY: false,
    signal,
  };
  return { io, out, err };
}

describe('tolk mock-server', () => {
  it('prints its URL, serves until stopped, and reports what it served', async () => {
    const controller = new AbortController();
    const { io, out, err } = makeIo(controller.signal);
    const running = mockServerCommand.run(
      { values: { port: '0', 'character-limit': '10', 'max-concurrent': '4' }, positionals: [] },
      io,
    );
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const url = /DeepL mock listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out.join(''))?.[1];
    expect(url).toBeDefined();
    const usage = await fetch(`${url}/v2/usage`, {
      headers: { authorization: 'DeepL-Auth-Key any' },
    });
    expect(await usage.json()).toEqual({ character_count: 0, character_limit: 10 });
    controller.abort();
    expect(await running).toBe(0);
    expect(err.join('')).toMatch(/Served 1 requests/);
    await expect(fetch(`${url}/v2/usage`)).rejects.toThrow();
  });

  it('names a bad option value', async () => {
    const { io } = makeIo(new AbortController().signal);
    const run = mockServerCommand.run({ values: { latency: 'fast' }, positionals: [] }, io);
    await expect(run).rejects.toThrow(UserError);
    await expect(
      mockServerCommand.run({ values: { latency: 'fast' }, positionals: [] }, io),
    ).rejects.toThrow(/--latency/);
  });
});
