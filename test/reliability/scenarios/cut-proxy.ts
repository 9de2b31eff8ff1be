// A loopback proxy in front of the mock that cuts chosen answers mid-body: the status line, the
// headers and half the JSON arrive, then the connection is reset. The mock itself can only refuse
// a connection before answering.

import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CutProxy {
  url: string;
  /** Answers of /v2/translate to cut: let `after` through, then cut `times`. */
  cut: { after: number; times: number };
  /** Answers cut so far. */
  cuts: number;
  close(): Promise<void>;
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startCutProxy(target: string): Promise<CutProxy> {
  const upstream = new URL(target);
  const proxy: CutProxy = {
    url: '',
    cut: { after: 0, times: 0 },
    cuts: 0,
    close: async () => undefined,
  };
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      async (answer) => {
        const payload = await readAll(answer);
        const headers = { ...answer.headers, 'content-length': String(payload.length) };
        const isTranslate = (req.url ?? '').startsWith('/v2/translate');
        if (isTranslate && proxy.cut.after > 0) proxy.cut.after--;
        else if (isTranslate && proxy.cut.times > 0) {
          proxy.cut.times--;
          proxy.cuts++;
          res.writeHead(answer.statusCode ?? 200, headers);
          res.write(payload.subarray(0, Math.floor(payload.length / 2)));
          // Let the half reach the client before the reset.
          setTimeout(() => res.socket?.resetAndDestroy(), 5);
          return;
        }
        res.writeHead(answer.statusCode ?? 200, headers);
        res.end(payload);
      },
    );
    forwarded.on('error', () => res.socket?.destroy());
    forwarded.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}
