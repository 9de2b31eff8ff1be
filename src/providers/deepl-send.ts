// One DeepL call with tolk's retry policy: Retry-After honoured, jittered back-off, bounded attempts,
// a timeout per attempt, the adaptive limiter told about 429s, and errors a user can act on.

import { ProviderError, QuotaExceededError } from '../errors.js';
import { nextTurn } from '../pause.js';
import { type DeeplCall, runDeeplCall } from './deepl-client.js';
import type { AdaptiveLimiter, Slot } from './deepl-rate.js';

export interface DeeplSendOptions {
  maxAttempts: number;
  timeoutMs: number;
  limiter?: AdaptiveLimiter;
  signal?: AbortSignal;
  /** Replaced by `***` in any message (the API key). */
  redact?: string;
  /**
   * Shared by every request of one account: once DeepL answers 456 the quota is gone for all of
   * them, so requests still waiting for a slot fail without being sent.
   */
  account?: { quotaExceeded?: Error };
  random?: () => number;
}

type Failure =
  | { kind: 'retry'; throttle: boolean; waitMs?: number; reason: string; fix: string }
  | { kind: 'fatal'; error: Error };

const MAX_BACKOFF_MS = 30_000;
const MAX_RETRY_AFTER_MS = 600_000;

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function classify(
  error: unknown,
  call: DeeplCall,
  timedOut: boolean,
  what: string,
  options: DeeplSendOptions,
): Failure {
  const raw = error instanceof Error ? error.message : String(error);
  const message = options.redact ? raw.split(options.redact).join('***') : raw;
  if (error instanceof ProviderError) return { kind: 'fatal', error };
  const status = call.status;
  if (status === 456) {
    return {
      kind: 'fatal',
      error: new QuotaExceededError(
        `Could not ${what}: the DeepL character quota is used up (456). What was translated so far is kept; raise the limit in your DeepL account or wait for the next billing period, then run again.`,
        'deepl',
      ),
    };
  }
  if (status === 429 || status === 529) {
    const waitMs = parseRetryAfter(call.retryAfter);
    const fix =
      'DeepL is limiting requests for this key; try again later or lower deepl.maxConcurrency';
    return {
      kind: 'retry',
      throttle: true,
      reason: `${status} Too Many Requests`,
      fix,
      ...(waitMs === undefined ? {} : { waitMs }),
    };
  }
  if (status !== undefined && status >= 500) {
    const waitMs = parseRetryAfter(call.retryAfter);
    return {
      kind: 'retry',
      throttle: false,
      reason: `${status} from DeepL`,
      fix: 'DeepL is having trouble; try again later',
      ...(waitMs === undefined ? {} : { waitMs }),
    };
  }
  if (status === 403) {
    return {
      kind: 'fatal',
      error: new ProviderError(
        `Could not ${what}: DeepL refused the key in DEEPL_AUTH_KEY (403). Check the key; a key ending in :fx belongs to the Free API (no serverUrl needed).`,
        'deepl',
      ),
    };
  }
  if (status !== undefined && status >= 200 && status < 300) {
    // The status line arrived but the body did not (a connection reset mid-answer): transient.
    return {
      kind: 'retry',
      throttle: false,
      reason: `an answer cut off mid-body (${message})`,
      fix: 'Check the network and DEEPL_SERVER_URL',
    };
  }
  if (status !== undefined) {
    return {
      kind: 'fatal',
      error: new ProviderError(
        `Could not ${what}: DeepL answered ${status} (${message}). Check the deepl settings in tolk.config.yaml; if they are right, this is a bug in tolk.`,
        'deepl',
      ),
    };
  }
  if (timedOut) {
    const fix = 'Raise deepl.timeoutMs, or check the network and DEEPL_SERVER_URL';
    return {
      kind: 'retry',
      throttle: false,
      reason: `no answer within ${options.timeoutMs} ms`,
      fix,
    };
  }
  return {
    kind: 'retry',
    throttle: false,
    reason: `connection failed (${message})`,
    fix: 'Check the network and DEEPL_SERVER_URL',
  };
}

function backoffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

async function attemptOnce<T>(fn: () => Promise<T>, options: DeeplSendOptions) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const call: DeeplCall = { signal: controller.signal };
  try {
    return { ok: true as const, value: await runDeeplCall(call, fn), call };
  } catch (error) {
    return { ok: false as const, error, call, timedOut };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Runs `fn` (one deepl-node call) until it succeeds, a fatal answer comes, or `maxAttempts` are spent.
 * `what` completes "Could not …" in error messages (`translate 50 texts into DE`).
 */
export async function sendDeepl<T>(
  what: string,
  fn: () => Promise<T>,
  options: DeeplSendOptions,
): Promise<T> {
  const random = options.random ?? Math.random;
  let last: Extract<Failure, { kind: 'retry' }> | undefined;
  let attempts = 0;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    attempts = attempt;
    const slot: Slot | undefined = await options.limiter?.acquire(options.signal);
    if (options.account?.quotaExceeded) {
      slot?.release();
      throw options.account.quotaExceeded;
    }
    const result = await attemptOnce(fn, options);
    if (result.ok) {
      if (slot) options.limiter?.succeed(slot);
      slot?.release();
      // The freed slot's next request is now being built, in microtasks; handing this answer on
      // in the next macrotask lets that request reach the socket before the answer's own
      // processing (unmasking and verifying 50 texts) runs. Traced in a 500-article run: the next
      // request left 2.2 ms after the slot was freed, 0.36 ms when nothing else runs.
      if (slot) await nextTurn();
      return result.value;
    }
    options.signal?.throwIfAborted();
    const failure = classify(result.error, result.call, result.timedOut, what, options);
    if (failure.kind === 'retry' && failure.throttle && slot) options.limiter?.throttle(slot);
    slot?.release();
    if (failure.kind === 'fatal') {
      if (failure.error instanceof QuotaExceededError && options.account) {
        options.account.quotaExceeded = failure.error;
      }
      throw failure.error;
    }
    last = failure;
    if (attempt === options.maxAttempts) break;
    if ((failure.waitMs ?? 0) > MAX_RETRY_AFTER_MS) break;
    // Retry-After is a floor; the jitter on top keeps waiting requests from returning all at once.
    const wait =
      failure.waitMs === undefined
        ? backoffMs(attempt, random)
        : failure.waitMs * (1 + random() * 0.2);
    await sleep(wait, options.signal);
  }
  throw new ProviderError(
    `Could not ${what}: gave up after ${attempts} attempts, the last failed with ${last?.reason ?? 'an unknown error'}. ${last?.fix ?? 'Try again later'}.`,
    'deepl',
  );
}
