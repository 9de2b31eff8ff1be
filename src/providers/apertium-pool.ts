// Long-lived pipelines of one mode, each serving one batch at a time, behind a bounded queue.

import { ProviderError } from '../errors.js';
import type { ApertiumPipeline } from './apertium-pipeline.js';

export interface PoolOptions {
  /** Starts one pipeline (a few hundred ms and ~250 MB, so they are started only when needed). */
  start: () => ApertiumPipeline;
  size: number;
  /** Batches allowed to wait for a pipeline; more is a caller bug, not back-pressure to hide. */
  maxQueue: number;
  label: string;
}

export interface ApertiumPool {
  translate(segments: readonly string[]): Promise<string[]>;
  /** Process ids of every live pipeline (for measurement and tests). */
  pids(): number[];
  close(): void;
}

export function createPool(options: PoolOptions): ApertiumPool {
  const idle: ApertiumPipeline[] = [];
  const all = new Set<ApertiumPipeline>();
  const waiting: { resolve(pipeline: ApertiumPipeline): void; reject(error: Error): void }[] = [];
  let closed = false;

  const acquire = (): Promise<ApertiumPipeline> => {
    const ready = idle.pop();
    if (ready) return Promise.resolve(ready);
    if (all.size < options.size) {
      const started = options.start();
      all.add(started);
      return Promise.resolve(started);
    }
    if (waiting.length >= options.maxQueue) {
      const why = `more than ${options.maxQueue} batches are waiting`;
      return Promise.reject(new ProviderError(`Apertium ${options.label}: ${why}`, 'apertium'));
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };

  const release = (pipeline: ApertiumPipeline): void => {
    if (!pipeline.alive || closed) {
      // A failed pipeline was killed; its slot goes to a fresh one for the next waiter.
      all.delete(pipeline);
      const next = waiting.shift();
      if (next && !closed) {
        try {
          const started = options.start();
          all.add(started);
          next.resolve(started);
        } catch (error) {
          next.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return;
    }
    const next = waiting.shift();
    if (next) next.resolve(pipeline);
    else idle.push(pipeline);
  };

  return {
    async translate(segments) {
      if (closed) throw new ProviderError(`Apertium ${options.label} was disposed`, 'apertium');
      const pipeline = await acquire();
      try {
        return await pipeline.translate(segments);
      } finally {
        release(pipeline);
      }
    },
    pids: () => [...all].flatMap((pipeline) => pipeline.pids),
    close() {
      closed = true;
      const disposed = new ProviderError(`Apertium ${options.label} was disposed`, 'apertium');
      for (const waiter of waiting.splice(0)) waiter.reject(disposed);
      for (const pipeline of all) pipeline.close();
      all.clear();
      idle.length = 0;
    },
  };
}
