import { describe, expect, it } from 'vitest';
import { createAdaptiveLimiter, type Slot } from '../../src/providers/deepl-rate.js';

async function take(limiter: ReturnType<typeof createAdaptiveLimiter>, n: number): Promise<Slot[]> {
  const slots: Slot[] = [];
  for (let i = 0; i < n; i++) slots.push(await limiter.acquire());
  return slots;
}

describe('createAdaptiveLimiter', () => {
  it('holds requests beyond the limit until a slot is released', async () => {
    const limiter = createAdaptiveLimiter({ start: 2, max: 2 });
    const [first] = await take(limiter, 2);
    let granted = false;
    const third = limiter.acquire().then((slot) => {
      granted = true;
      return slot;
    });
    await Promise.resolve();
    expect(granted).toBe(false);
    first?.release();
    await third;
    expect(granted).toBe(true);
    expect(limiter.active).toBe(2);
  });

  it('grows by one per two successes while requests wait, until the first 429', async () => {
    const limiter = createAdaptiveLimiter({ start: 2, max: 10 });
    const slots = await take(limiter, 2);
    const queued = [limiter.acquire(), limiter.acquire(), limiter.acquire()];
    for (const slot of slots) limiter.succeed(slot);
    expect(limiter.limit).toBe(3);
    expect(limiter.active).toBe(3);
    await queued[0];
  });

  it('does not grow while the limit is not what holds requests back', async () => {
    const limiter = createAdaptiveLimiter({ start: 4, max: 10 });
    const [slot] = await take(limiter, 1);
    if (slot) limiter.succeed(slot);
    expect(limiter.limit).toBe(4);
  });

  it('lands on what the server accepted when a burst is refused', async () => {
    const limiter = createAdaptiveLimiter({ start: 8, max: 8 });
    const slots = await take(limiter, 8);
    // The server took 3 and refused 5, all sent in the same epoch.
    for (const slot of slots.slice(3)) {
      limiter.throttle(slot);
      slot.release();
    }
    expect(limiter.limit).toBe(3);
  });

  it('holds the learnt limit while 429s are recent, then raises it one slot per round trip', async () => {
    let clock = 0;
    const limiter = createAdaptiveLimiter({ start: 4, max: 8, quietMs: 10_000, now: () => clock });
    const slots = await take(limiter, 4);
    const probe = slots[3];
    if (probe) {
      limiter.throttle(probe);
      probe.release();
    }
    expect(limiter.limit).toBe(3);
    const busy = slots.slice(0, 3);
    const succeedRound = () => {
      for (const slot of busy) limiter.succeed(slot);
    };
    clock = 5_000;
    for (let i = 0; i < 10; i++) succeedRound();
    expect(limiter.limit).toBe(3);
    clock = 10_000;
    succeedRound();
    expect(limiter.limit).toBe(4);
    // Still quiet: the next full round of successes raises it again.
    await take(limiter, 1);
    for (let i = 0; i < 4; i++) limiter.succeed(slots[0] as Slot);
    expect(limiter.limit).toBe(5);
  });

  it('never goes below one slot', async () => {
    const limiter = createAdaptiveLimiter({ start: 1, max: 4 });
    const [slot] = await take(limiter, 1);
    if (slot) {
      limiter.throttle(slot);
      limiter.throttle(slot);
    }
    expect(limiter.limit).toBe(1);
  });

  it('gives up waiting when the run is aborted', async () => {
    const limiter = createAdaptiveLimiter({ start: 1, max: 1 });
    await take(limiter, 1);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
