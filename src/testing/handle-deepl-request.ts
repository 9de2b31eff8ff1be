// The mock's core: one pure-ish function from a fetch Request to a Response, shared by msw and node:http.

import { handleGlossariesV2, handleGlossariesV3 } from './deepl-mock-glossaries.js';
import { handleMeta } from './deepl-mock-meta.js';
import { errorResponse, jsonResponse, statusMessage } from './deepl-mock-responses.js';
import type { DeeplMockEndpoint, DeeplMockRoute } from './deepl-mock-route.js';
import { logDeeplRequest } from './deepl-mock-state.js';
import { handleTranslate } from './deepl-mock-translate.js';
import type { DeeplMockFault, DeeplMockState } from './deepl-mock-types.js';
import { readDeeplFields } from './read-deepl-fields.js';

/** DeepL's request body limit: 128 KiB. */
export const MAX_BODY_BYTES = 128 * 1024;

/** A path outside DeepL's API that reports the counters (for a benchmark in another process). */
export const STATS_PATH = '/__mock/stats';

const ENDPOINTS: Record<string, DeeplMockEndpoint> = {
  'v2/translate': handleTranslate,
  'v2/usage': handleMeta,
  'v2/languages': handleMeta,
  'v2/glossary-language-pairs': handleMeta,
  'v2/glossaries': handleGlossariesV2,
  'v3/glossaries': handleGlossariesV3,
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The first fault for this path, consumed; `after` lets that many requests through first. */
function takeFault(state: DeeplMockState, path: string): DeeplMockFault | undefined {
  const index = state.faults.findIndex(
    (f) => (f.path ?? '/v2/translate') === path || f.path === '*',
  );
  const fault = state.faults[index];
  if (!fault) return undefined;
  if ((fault.after ?? 0) > 0) {
    fault.after = (fault.after ?? 0) - 1;
    return undefined;
  }
  fault.times = (fault.times ?? 1) - 1;
  if (fault.times <= 0) state.faults.splice(index, 1);
  state.counters.faults++;
  return fault;
}

function isAuthorised(request: Request, state: DeeplMockState): boolean {
  const header = request.headers.get('authorization') ?? '';
  const match = /^DeepL-Auth-Key\s+(\S+)$/i.exec(header.trim());
  if (!match) return false;
  return state.authKey === undefined || match[1] === state.authKey;
}

function loggedHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (name !== 'authorization') headers[name] = value;
  });
  return headers;
}

async function answer(
  request: Request,
  route: DeeplMockRoute,
  path: string,
  invalidBody: string | undefined,
  arrived: number,
): Promise<Response> {
  const { state } = route;
  const fault = takeFault(state, path);
  if (fault?.delayMs) await sleep(fault.delayMs);
  const started = fault?.delayMs ? performance.now() : arrived;
  const response = await respond(request, route, fault, invalidBody);
  // Latency is the time from request to answer with the server's own work inside it, as a real
  // server's is: only what the work left of it is waited (a benchmark's rounds then last `latencyMs`).
  const left = state.latencyMs - (performance.now() - started);
  if (left > 0) await sleep(left);
  return response;
}

async function respond(
  request: Request,
  route: DeeplMockRoute,
  fault: DeeplMockFault | undefined,
  invalidBody: string | undefined,
): Promise<Response> {
  const { state } = route;
  if (fault?.reset) return Response.error();
  if (fault?.status) {
    const options = fault.retryAfter === undefined ? {} : { retryAfter: fault.retryAfter };
    return errorResponse(fault.status, statusMessage(fault.status), options);
  }
  if (!isAuthorised(request, state)) return errorResponse(403, statusMessage(403));
  if (route.bodyBytes > MAX_BODY_BYTES) return errorResponse(413, statusMessage(413));
  if (invalidBody) return errorResponse(400, invalidBody);
  const endpoint = ENDPOINTS[route.parts.slice(0, 2).join('/')];
  if (!endpoint) return errorResponse(404, 'Not found');
  return endpoint(fault?.short ? { ...route, short: true } : route);
}

/**
 * Answers one request as the DeepL API would, from `state`. The same function serves msw handlers
 * and the loopback HTTP server, so tests and benchmarks see the same behaviour.
 */
export async function handleDeeplRequest(
  request: Request,
  state: DeeplMockState,
): Promise<Response> {
  const arrived = performance.now();
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, '') || '/';
  if (path === STATS_PATH) {
    return jsonResponse({ ...state.counters, characterCount: state.characterCount });
  }
  const counters = state.counters;
  counters.requests++;
  // Decided on arrival, before any await, so a burst sees the cap as a real server would.
  const refused = counters.inFlight >= state.maxConcurrent;
  if (refused) counters.rejectedConcurrency++;
  else {
    counters.inFlight++;
    counters.maxInFlight = Math.max(counters.maxInFlight, counters.inFlight);
  }
  try {
    const body = await readDeeplFields(request, url);
    const route: DeeplMockRoute = {
      method: request.method.toUpperCase(),
      parts: path.split('/').filter(Boolean),
      fields: body.fields,
      bodyBytes: body.bytes,
      state,
    };
    const response = refused
      ? errorResponse(429, statusMessage(429), { retryAfter: state.retryAfterSeconds })
      : await answer(request, route, path, body.invalid, arrived);
    logDeeplRequest(state, {
      method: route.method,
      host: url.host,
      path,
      fields: body.fields,
      headers: loggedHeaders(request),
      bodyBytes: body.bytes,
      status: response.status,
    });
    return response;
  } finally {
    if (!refused) counters.inFlight--;
  }
}
