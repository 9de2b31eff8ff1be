// The mock over real HTTP on loopback: for benchmarks, other processes, and a local DeepL stand-in.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../errors.js';
import { createDeeplMockState } from './deepl-mock-state.js';
import type { DeeplMockOptions, DeeplMockState } from './deepl-mock-types.js';
import { handleDeeplRequest } from './handle-deepl-request.js';

/** As for the msw mock, except that by default the log keeps the last 1000 requests and there is no quota. */
export interface DeeplMockServerOptions extends DeeplMockOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only: `127.0.0.1`, `::1` or `localhost`. */
  host?: string;
}

export interface DeeplMockServer {
  /** Base URL for `DEEPL_SERVER_URL`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  state: DeeplMockState;
  close(): Promise<void>;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer, base: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers };
  if (method !== 'GET' && method !== 'HEAD' && body.length > 0) init.body = body;
  return new Request(new URL(req.url ?? '/', base), init);
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  state: DeeplMockState,
  base: string,
) {
  const body = await readBody(req);
  const response = await handleDeeplRequest(toRequest(req, body, base), state);
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const payload = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { 'content-length': String(payload.length) };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** Serves the DeepL mock over node:http on a loopback address; refuses any other host. */
export async function startDeeplMockServer(
  options: DeeplMockServerOptions = {},
): Promise<DeeplMockServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host)) {
    throw new UserError(
      `Could not start the DeepL mock server on ${host}: it only listens on loopback addresses. Use --host 127.0.0.1 or ::1.`,
    );
  }
  // A benchmark sends hundreds of thousands of texts: a bounded log and no quota unless asked for.
  const state = createDeeplMockState({
    logLimit: 1000,
    characterLimit: Number.MAX_SAFE_INTEGER,
    ...options,
  });
  let base = '';
  const server = createServer((req, res) => {
    serve(req, res, state, base).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return { url: base, state, close };
}
