// The deepl-node client tolk uses: no retries of its own, plus a per-call view of the HTTP status,
// the Retry-After header and an abort signal, which deepl-node does not expose.

import { AsyncLocalStorage } from 'node:async_hooks';
import { DeepLClient } from 'deepl-node';

/** What one HTTP call through the client saw. A new one per attempt. */
export interface DeeplCall {
  signal: AbortSignal;
  status?: number;
  /** The raw `Retry-After` header of the answer. */
  retryAfter?: string;
}

export interface DeeplClientOptions {
  authKey: string;
  /** Base URL; without it a `:fx` key goes to the Free API, any other key to the Pro API. */
  serverUrl?: string;
  timeoutMs: number;
}

type HeaderBag = { get?: (name: string) => unknown } & Record<string, unknown>;
type AxiosConfig = {
  signal?: AbortSignal;
  transformResponse?: Array<(data: unknown, headers?: HeaderBag, status?: number) => unknown>;
};
type SendOptions = {
  data?: unknown;
  rawBody?: unknown;
  fileBuffer?: unknown;
  jsonBody?: unknown;
  headers?: Record<string, string>;
};
type HookableHttpClient = {
  prepareRequest: (...args: unknown[]) => AxiosConfig;
  sendRequestWithBackoff: (
    method: string,
    url: string,
    options?: SendOptions,
    ...rest: unknown[]
  ) => unknown;
};

/** What axios sends for a URLSearchParams body. */
const FORM_TYPE = 'application/x-www-form-urlencoded;charset=utf-8';

const calls = new AsyncLocalStorage<DeeplCall>();

function readHeader(headers: HeaderBag | undefined, name: string): string | undefined {
  const value = typeof headers?.get === 'function' ? headers.get(name) : headers?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * deepl-node builds every request in `httpClient.prepareRequest`; wrapping it lets tolk pass an
 * AbortSignal and read the status and Retry-After of the answer for the call running in `calls`.
 * If a deepl-node release renames it, requests still work, without Retry-After and abort.
 */
function hookClient(client: DeepLClient): void {
  const http = (client as unknown as { httpClient?: Partial<HookableHttpClient> }).httpClient;
  if (http) sendFormsSerialisedOnce(http);
  const prepare = http?.prepareRequest;
  if (!http || typeof prepare !== 'function') return;
  http.prepareRequest = (...args: unknown[]) => {
    const config = prepare.apply(http, args);
    const call = calls.getStore();
    if (call) {
      config.signal = call.signal;
      // deepl-node asks for text responses, which axios passes through unchanged; only observe here.
      config.transformResponse = [
        (data, headers, status) => {
          if (status !== undefined) call.status = status;
          const retryAfter = readHeader(headers, 'retry-after');
          if (retryAfter !== undefined) call.retryAfter = retryAfter;
          return data;
        },
      ];
    }
    return config;
  };
}

/**
 * deepl-node logs `${options.data}` before every request, debug logging on or not, which encodes a
 * form a second time (axios encodes it again to send it): in a 500-article run, 180 MB of the
 * 367 MB its encoding allocated. A form handed over as the raw body it becomes is encoded once.
 */
function sendFormsSerialisedOnce(http: Partial<HookableHttpClient>): void {
  const send = http.sendRequestWithBackoff;
  if (typeof send !== 'function') return;
  http.sendRequestWithBackoff = (method, url, options, ...rest) => {
    const plainForm =
      method === 'POST' &&
      options?.data instanceof URLSearchParams &&
      options.rawBody === undefined &&
      options.fileBuffer === undefined &&
      options.jsonBody === undefined;
    if (!plainForm) return send.call(http, method, url, options, ...rest);
    const { data, ...others } = options;
    const raw = {
      ...others,
      rawBody: (data as URLSearchParams).toString(),
      headers: { ...options.headers, 'Content-Type': FORM_TYPE },
    };
    return send.call(http, method, url, raw, ...rest);
  };
}

export function createDeeplClient(options: DeeplClientOptions): DeepLClient {
  const client = new DeepLClient(options.authKey, {
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    // tolk owns retries (Retry-After, adaptive concurrency); deepl-node's own back-off ignores both.
    maxRetries: 0,
    // tolk's own timer aborts first; this is only the socket-level backstop.
    minTimeout: options.timeoutMs + 5_000,
    appInfo: { appName: 'tolk', appVersion: '0.1.0' },
  });
  hookClient(client);
  return client;
}

/** Runs `fn` with `call` as the context its HTTP request reports into. */
export function runDeeplCall<T>(call: DeeplCall, fn: () => Promise<T>): Promise<T> {
  return calls.run(call, fn);
}
