import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProviderError, QuotaExceededError } from '../../src/errors.js';
import { createDeeplProvider } from '../../src/providers/deepl.js';
import type { TranslateContext } from '../../src/providers/types.js';
import { deeplTestEnv, useDeeplMock } from '../helpers/deepl-server.js';

const state = useDeeplMock();
const de: TranslateContext = { source: 'sv', target: 'de' };

async function makeProvider(settings: Record<string, unknown> = {}) {
  return createDeeplProvider({ cwd: '.', env: deeplTestEnv(), settings, targets: ['de'] });
}

function translateCount(): number {
  return state.counters.requests - state.requests.filter((r) => r.path !== '/v2/translate').length;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('DeepL faults', () => {
  it('waits the Retry-After before trying again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const provider = await makeProvider();
    state.faults.push({ status: 429, retryAfter: 2, times: 1 });
    const result = provider.translate(['Hej.'], de);
    await vi.advanceTimersByTimeAsync(1_990);
    expect(translateCount()).toBe(1);
    // Retry-After plus at most 20% jitter.
    await vi.advanceTimersByTimeAsync(500);
    await expect(result).resolves.toHaveLength(1);
    expect(state.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it('backs off without Retry-After and retries 5xx and reset connections', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const provider = await makeProvider();
    state.faults.push(
      { status: 429, times: 1 },
      { status: 503, times: 1 },
      { reset: true, times: 1 },
    );
    const result = provider.translate(['Hej.'], de);
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(result).resolves.toHaveLength(1);
    expect(translateCount()).toBe(4);
  });

  it('gives up after the configured attempts with a clear error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const provider = await makeProvider({ maxAttempts: 3 });
    state.faults.push({ status: 500, times: 10 });
    const result = provider.translate(['Hej.'], de).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await result;
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toMatch(/gave up after 3 attempts, the last failed with 500/);
    expect(translateCount()).toBe(3);
  });

  it('times out a slow answer and tries again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const provider = await makeProvider({ timeoutMs: 1_000 });
    state.faults.push({ delayMs: 60_000 });
    const result = provider.translate(['Hej.'], de);
    await vi.advanceTimersByTimeAsync(2_500);
    await expect(result).resolves.toHaveLength(1);
    expect(translateCount()).toBe(2);
  });

  it('stops at once with QuotaExceededError when the quota runs out mid-run', async () => {
    const provider = await makeProvider();
    state.characterLimit = 30;
    await expect(provider.translate(['Kina och Ryssland.'], de)).resolves.toHaveLength(1);
    const error = await provider.translate(['Ukraina och Taiwan.'], de).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect((error as Error).message).toMatch(/quota is used up \(456\)/);
    expect(state.requests.map((r) => r.status)).toEqual([200, 456]);
  });

  it('aborts in-flight requests when the run is stopped', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const provider = await makeProvider();
    state.faults.push({ delayMs: 20_000 });
    const controller = new AbortController();
    const result = provider
      .translate(['Hej.'], { ...de, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error('stopped');
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(await result).toBe(reason);
    expect(translateCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(30_000);
  });

  it('reduces concurrency under 429s', async () => {
    state.latencyMs = 15;
    state.maxConcurrent = 3;
    state.retryAfterSeconds = 0;
    const provider = await makeProvider({ concurrency: 8, maxConcurrency: 8 });
    const batches = Array.from({ length: 60 }, (_, i) => provider.translate([`Mening ${i}.`], de));
    const results = await Promise.all(batches);
    expect(results.flat()).toHaveLength(60);
    // A client that kept 8 in flight against a cap of 3 would be refused 5 of every 8 requests.
    expect(state.counters.rejectedConcurrency).toBeGreaterThan(0);
    expect(state.counters.rejectedConcurrency).toBeLessThan(20);
  });
});
