// The shapes of the DeepL mock's state: what a test configures, injects and asserts on.

/**
 * A fault the mock injects into the next matching requests, consumed in order.
 * `state.faults.push({ status: 429, retryAfter: 2, times: 3 })`.
 */
export interface DeeplMockFault {
  /** Answer with this HTTP status instead of serving the request (429, 456, 500, 503, 529 …). */
  status?: number;
  /** Seconds sent as `Retry-After` with the status. */
  retryAfter?: number;
  /** Wait this long before answering (a slow response); combined with the other fields or alone. */
  delayMs?: number;
  /** Serve the request but drop the last translation (a short response). */
  short?: boolean;
  /** Reset the connection instead of answering (a network error under msw). */
  reset?: boolean;
  /** How many matching requests the fault hits; default 1. */
  times?: number;
  /** Let this many matching requests through untouched before the fault starts; default 0. */
  after?: number;
  /** Path the fault applies to: `/v2/translate` by default, `*` for every path. */
  path?: string;
}

/** One request the mock received, as a test asserts on it. The auth key is never recorded. */
export interface DeeplMockRequest {
  method: string;
  /** `api.deepl.com`, `api-free.deepl.com`, or the loopback server's `127.0.0.1:PORT`. */
  host: string;
  path: string;
  /** Form, JSON or query fields by name; repeated fields (`text`) keep every value in order. */
  fields: Record<string, string[]>;
  /** Request headers, lower-case, without `authorization`. */
  headers: Record<string, string>;
  /** Size of the request body in bytes. */
  bodyBytes: number;
  /** The status the mock answered with (0 for a reset connection). */
  status: number;
}

/** One dictionary of a stored glossary: a source → target language pair with its entries. */
export interface DeeplMockDictionary {
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
}

export interface DeeplMockGlossary {
  id: string;
  name: string;
  /** Created through `/v2/glossaries` (single dictionary) or `/v3/glossaries`. */
  api: 'v2' | 'v3';
  dictionaries: DeeplMockDictionary[];
  creationTime: string;
}

/** Running totals; cheap to keep for millions of requests. */
export interface DeeplMockCounters {
  requests: number;
  translateRequests: number;
  /** Texts received on `/v2/translate`. */
  texts: number;
  /** Characters of the texts received on `/v2/translate` (billed or not). */
  characters: number;
  /** Requests answered 429 because more than `maxConcurrent` were in flight. */
  rejectedConcurrency: number;
  /** Faults served. */
  faults: number;
  inFlight: number;
  maxInFlight: number;
}

export interface DeeplMockState {
  /** The only key accepted; `undefined` accepts any non-empty key. */
  authKey: string | undefined;
  /** Characters billable in the period; requests beyond it answer 456. */
  characterLimit: number;
  /** Characters billed so far (reported by `/v2/usage`). */
  characterCount: number;
  /** Time from request to answer, the mock's own work inside it (as a real server's latency). */
  latencyMs: number;
  /** More requests in flight than this answer 429 with `Retry-After: retryAfterSeconds`. */
  maxConcurrent: number;
  retryAfterSeconds: number;
  /** Requests kept in `requests`; the oldest are dropped beyond it. */
  logLimit: number;
  requests: DeeplMockRequest[];
  faults: DeeplMockFault[];
  glossaries: Map<string, DeeplMockGlossary>;
  counters: DeeplMockCounters;
}

export interface DeeplMockOptions {
  authKey?: string;
  characterLimit?: number;
  latencyMs?: number;
  maxConcurrent?: number;
  retryAfterSeconds?: number;
  logLimit?: number;
}
