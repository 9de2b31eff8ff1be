// Adaptive concurrency for DeepL requests: grow until the server throttles, then hold just below that.

export interface AdaptiveLimiterOptions {
  /** Requests allowed in flight at first. */
  start: number;
  /** Never more than this many in flight. */
  max: number;
  /**
   * After a 429, how long to hold the learnt limit before probing one slot higher again. A refused
   * probe waits out Retry-After, and one refused near the end of a run is what the run waits for
   * last (a 500-article benchmark run's probe, 10 s after its first 429, was refused 1.3 s before
   * its last answer), so they are rare; once quiet, the limit grows by one per round trip until the next 429, which also
   * recovers from a storm.
   */
  quietMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface Slot {
  /** The throttle epoch the request started in; a throttle from an older epoch is already accounted for. */
  epoch: number;
  release(): void;
}

export interface AdaptiveLimiter {
  acquire(signal?: AbortSignal): Promise<Slot>;
  /** The request in `slot` succeeded: allow a little more. */
  succeed(slot: Slot): void;
  /** The request in `slot` was answered 429: fall back to just under what was in flight. */
  throttle(slot: Slot): void;
  readonly limit: number;
  readonly active: number;
}

/**
 * AIMD-style limiter. Until the first 429 it adds a slot per two successes (×1.5 per round trip,
 * so the first overshoot stays small). The first 429 of an epoch sets the limit to one less than was
 * in flight; every further 429 from requests sent before that takes one more slot away, so the limit
 * lands on what the server accepted. It holds there for `quietMs`, then grows one slot per round trip
 * while no 429 comes: few refused requests against a fixed cap, and recovery when 429s stop.
 */
export function createAdaptiveLimiter(options: AdaptiveLimiterOptions): AdaptiveLimiter {
  const max = Math.max(1, options.max);
  const quietMs = options.quietMs ?? 30_000;
  const now = options.now ?? Date.now;
  let limit = Math.min(max, Math.max(1, Math.floor(options.start)));
  let active = 0;
  let epoch = 0;
  let throttled = false;
  let lastThrottle = 0;
  // Successes since the last raise.
  let credits = 0;
  const waiting: Array<() => void> = [];

  function wake(): void {
    while (active < limit && waiting.length > 0) {
      active++;
      waiting.shift()?.();
    }
  }

  function makeSlot(): Slot {
    let released = false;
    return {
      epoch,
      release() {
        if (released) return;
        released = true;
        active--;
        wake();
      },
    };
  }

  function acquire(signal?: AbortSignal): Promise<Slot> {
    signal?.throwIfAborted();
    if (active < limit) {
      active++;
      return Promise.resolve(makeSlot());
    }
    return new Promise<Slot>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(makeSlot());
      };
      const onAbort = () => {
        const index = waiting.indexOf(grant);
        if (index !== -1) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(grant);
    });
  }

  return {
    acquire,
    succeed() {
      // Grow only while the limit is what holds requests back; an idle limit would grow untested.
      if (active >= limit || waiting.length > 0) {
        credits++;
        const due = throttled ? now() - lastThrottle >= quietMs && credits >= limit : credits >= 2;
        if (due) {
          credits = 0;
          limit = Math.min(max, limit + 1);
        }
      }
      wake();
    },
    throttle(slot) {
      throttled = true;
      lastThrottle = now();
      credits = 0;
      if (slot.epoch === epoch) {
        epoch++;
        limit = Math.max(1, Math.min(limit, active) - 1);
      } else {
        // Refused alongside a request already counted: the server took one fewer than that.
        limit = Math.max(1, limit - 1);
      }
    },
    get limit() {
      return limit;
    },
    get active() {
      return active;
    },
  };
}
