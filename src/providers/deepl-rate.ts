// Adaptive concurrency for DeepL requests: grow until the server throttles, then hold just below that.

export interface AdaptiveLimiterOptions {
  /** Requests allowed in flight at first. */
  start: number;
  /** Never more than this many in flight. */
  max: number;
  /**
   * After the first throttle, successes needed per extra slot, in multiples of the current limit.
   * 8 means one probe above the learnt limit every ~8 round trips: few 429s, quick recovery.
   */
  probeRounds?: number;
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
 * AIMD-style limiter. Until the first throttle it adds a slot per success (doubling per round trip);
 * a 429 sets the limit to one less than was in flight (the server's apparent capacity), once per
 * epoch so a burst of 429s from the same moment counts once; after that, additive increase probes
 * upwards slowly and the limit comes back when the 429s stop.
 */
export function createAdaptiveLimiter(options: AdaptiveLimiterOptions): AdaptiveLimiter {
  const max = Math.max(1, options.max);
  const probeRounds = options.probeRounds ?? 8;
  let limit = Math.min(max, Math.max(1, options.start));
  let active = 0;
  let epoch = 0;
  let throttled = false;
  const waiting: Array<() => void> = [];

  function wake(): void {
    while (active < Math.floor(limit) && waiting.length > 0) {
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
    if (active < Math.floor(limit)) {
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
      limit = Math.min(max, limit + (throttled ? 1 / (probeRounds * Math.floor(limit)) : 1));
      wake();
    },
    throttle(slot) {
      if (slot.epoch !== epoch) return;
      throttled = true;
      epoch++;
      limit = Math.max(1, Math.min(Math.floor(limit), active) - 1);
    },
    get limit() {
      return limit;
    },
    get active() {
      return active;
    },
  };
}
