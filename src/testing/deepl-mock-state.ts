import type {
  DeeplMockCounters,
  DeeplMockOptions,
  DeeplMockRequest,
  DeeplMockState,
} from './deepl-mock-types.js';

function createCounters(): DeeplMockCounters {
  return {
    requests: 0,
    translateRequests: 0,
    texts: 0,
    characters: 0,
    rejectedConcurrency: 0,
    faults: 0,
    inFlight: 0,
    maxInFlight: 0,
  };
}

/** A fresh mock state: no glossaries, no faults, nothing billed. */
export function createDeeplMockState(options: DeeplMockOptions = {}): DeeplMockState {
  return {
    authKey: options.authKey,
    characterLimit: options.characterLimit ?? 500_000,
    characterCount: 0,
    latencyMs: options.latencyMs ?? 0,
    maxConcurrent: options.maxConcurrent ?? Number.POSITIVE_INFINITY,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
    logLimit: options.logLimit ?? Number.POSITIVE_INFINITY,
    requests: [],
    faults: [],
    glossaries: new Map(),
    counters: createCounters(),
  };
}

/**
 * Puts `state` back to new in place: no glossaries, faults, log or counters, nothing billed, and the
 * settings (limit, latency, caps) as `options` gives them, undoing what a test changed.
 */
export function resetDeeplMockState(state: DeeplMockState, options: DeeplMockOptions = {}): void {
  const fresh = createDeeplMockState(options);
  state.requests.length = 0;
  state.faults.length = 0;
  state.glossaries.clear();
  Object.assign(state, {
    ...fresh,
    requests: state.requests,
    faults: state.faults,
    glossaries: state.glossaries,
  });
}

/** Appends to the log; beyond `logLimit` the older half is dropped at once, so appends stay O(1) amortised. */
export function logDeeplRequest(state: DeeplMockState, entry: DeeplMockRequest): void {
  if (state.logLimit <= 0) return;
  state.requests.push(entry);
  if (state.requests.length > state.logLimit) {
    state.requests.splice(0, state.requests.length - Math.floor(state.logLimit / 2));
  }
}
