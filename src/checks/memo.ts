import type { CheckEntry, Memo } from './types.js';

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
    forget(slot: string, key: string): void {
      slots.get(slot)?.delete(key);
    },
  };
}

/**
 * The `analyse` function of one entry: source work in the run's memo (keyed by the source text
 * alone: a run has one source language), target work kept with the entry.
 */
export function createAnalyse(
  memo: Memo,
  source: string,
  sourceLang: string,
  target: string,
  lang: string,
): CheckEntry['analyse'] {
  let sourceSlots: Map<string, unknown> | undefined;
  let targetSlots: Map<string, unknown> | undefined;
  return <T>(
    side: 'source' | 'target',
    slot: string,
    compute: (text: string, lang: string) => T,
  ): T => {
    let slots: Map<string, unknown>;
    if (side === 'source') {
      sourceSlots ??= memo.get('source', source, () => new Map<string, unknown>());
      slots = sourceSlots;
    } else {
      targetSlots ??= new Map<string, unknown>();
      slots = targetSlots;
    }
    if (slots.has(slot)) return slots.get(slot) as T;
    const value = side === 'source' ? compute(source, sourceLang) : compute(target, lang);
    slots.set(slot, value);
    return value;
  };
}
