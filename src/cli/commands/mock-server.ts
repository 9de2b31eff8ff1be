// `tolk mock-server`: the DeepL stand-in from tolk/testing over HTTP on loopback, until Ctrl-C.

import { UserError } from '../../errors.js';
import { startDeeplMockServer } from '../../testing/deepl-mock-server.js';
import type { CliIo, Command, ParsedOptions } from '../command.js';

function readNumber(values: ParsedOptions, name: string, min: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(value) || value < min) {
    throw new UserError(
      `Could not start the DeepL mock server: --${name} must be a number of at least ${min}, not "${String(raw)}".`,
    );
  }
  return value;
}

function waitForStop(io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    if (io.signal) {
      if (io.signal.aborted) resolve();
      else io.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export const mockServerCommand: Command = {
  name: 'mock-server',
  summary:
    'Serve a local stand-in for the DeepL API on 127.0.0.1 (for tests, benchmarks and demos)',
  usage: [
    'tolk mock-server [--port P] [--latency MS] [--max-concurrent N] [--character-limit N]',
    '                 [--retry-after S] [--auth-key KEY] [--host 127.0.0.1|::1]',
    '',
    'Prints "DeepL mock listening on <url>"; point tolk at it with DEEPL_SERVER_URL=<url>.',
    'Answers 429 with Retry-After above --max-concurrent requests in flight, 456 past --character-limit.',
    'Accepts any key unless --auth-key is given. GET <url>/__mock/stats returns the counters.',
  ].join('\n'),
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    latency: { type: 'string' },
    'max-concurrent': { type: 'string' },
    'character-limit': { type: 'string' },
    'retry-after': { type: 'string' },
    'auth-key': { type: 'string' },
  },
  async run({ values }, io) {
    const port = readNumber(values, 'port', 0);
    const latencyMs = readNumber(values, 'latency', 0);
    const maxConcurrent = readNumber(values, 'max-concurrent', 1);
    const characterLimit = readNumber(values, 'character-limit', 0);
    const retryAfterSeconds = readNumber(values, 'retry-after', 0);
    const host = values.host;
    const authKey = values['auth-key'];
    const server = await startDeeplMockServer({
      ...(port === undefined ? {} : { port }),
      ...(typeof host === 'string' ? { host } : {}),
      ...(latencyMs === undefined ? {} : { latencyMs }),
      ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
      ...(characterLimit === undefined
        ? { characterLimit: Number.MAX_SAFE_INTEGER }
        : { characterLimit }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(typeof authKey === 'string' ? { authKey } : {}),
    });
    io.stdout(`DeepL mock listening on ${server.url}\n`);
    io.stderr(`Set DEEPL_SERVER_URL=${server.url} for tolk; Ctrl-C stops the server.\n`);
    await waitForStop(io);
    await server.close();
    const { requests, texts, characters, rejectedConcurrency } = server.state.counters;
    io.stderr(
      `Served ${requests} requests: ${texts} texts, ${characters} characters; ${rejectedConcurrency} refused above the concurrency cap.\n`,
    );
    return 0;
  },
};
