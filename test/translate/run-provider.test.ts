import { describe, expect, it } from 'vitest';
import type { TranslationMemory } from '../../src/locales/index.js';
import type { Provider } from '../../src/providers/types.js';
import { type ProviderJobs, runProvider } from '../../src/translate/run-provider.js';

function memoryOf(journaled: Record<string, string> = {}): TranslationMemory {
  const entries = new Map(Object.entries(journaled));
  return {
    get: (key) => entries.get(key),
    append: async () => undefined,
    clear: async () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

/** Jobs prepared as they are reached, counting how many were. */
function countedJobs(total: number): ProviderJobs & { prepared: number } {
  const jobs = {
    prepared: 0,
    length: total,
    at(i: number) {
      jobs.prepared++;
      return { request: `text ${i}` };
    },
  };
  return jobs;
}

const options = (memory: TranslationMemory) => ({
  source: 'sv',
  target: 'en',
  memory,
  memoryKey: (request: string) => `key:${request}`,
});

describe('runProvider', () => {
  it('sends the first batch before the last jobs are prepared', async () => {
    const jobs = countedJobs(20_000);
    const preparedAtFirstSend: number[] = [];
    const provider: Provider = {
      name: 'echo',
      capabilities: { maxBatch: 50, concurrency: 4 },
      async translate(texts) {
        if (preparedAtFirstSend.length === 0) preparedAtFirstSend.push(jobs.prepared);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return texts.map((t) => t.toUpperCase());
      },
    };
    let flowingAt = -1;
    const run = await runProvider(provider, jobs, {
      ...options(memoryOf()),
      onFlowing: () => {
        if (flowingAt === -1) flowingAt = jobs.prepared;
      },
    });
    expect(run.error).toBeUndefined();
    expect(run.outputs).toHaveLength(20_000);
    expect(run.outputs[19_999]).toBe('TEXT 19999');
    expect(preparedAtFirstSend[0]).toBeLessThan(20_000);
    // onFlowing tells the caller every batch is queued and answers are coming back.
    expect(flowingAt).toBe(20_000);
  });

  it('still returns what the journal holds after a batch fails', async () => {
    const memory = memoryOf({ 'key:text 149': 'journaled' });
    const provider: Provider = {
      name: 'failing',
      capabilities: { maxBatch: 50, concurrency: 1 },
      async translate() {
        throw new Error('engine down');
      },
    };
    const run = await runProvider(provider, countedJobs(150), options(memory));
    expect(run.error?.message).toBe('engine down');
    expect(run.outputs[149]).toBe('journaled');
    expect(run.outputs[0]).toBeUndefined();
  });
});
