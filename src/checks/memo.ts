import type { Memo } from './types.js';

/** A per-run cache: the same source text is analysed once, not once per target language. */
export function createMemo(): Memo {
  const slots = new Map<string, Map<string, unknown>>();
  return {
    get<T>(slot: string, key: string, compute: () => T): T {
      let cache = slots.get(slot);
      if (!cache) {
        cache = new Map();
        slots.set(slot, cache);
      }
      if (cache.has(key)) return cache.get(key) as T;
      const value = compute();
      cache.set(key, value);
      return value;
    },
  };
}
