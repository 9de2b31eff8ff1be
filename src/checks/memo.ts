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
      // One lookup for a kept value (keys are whole source texts); `has` only to tell a kept
      // undefined from none.
      const kept = cache.get(key);
      if (kept !== undefined || cache.has(key)) return kept as T;
      const value = compute();
      cache.set(key, value);
      return value;
    },
    forget(slot: string, key: string): void {
      slots.get(slot)?.delete(key);
    },
  };
}

function newSlots(): Map<string, unknown> {
  return new Map();
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
  // Slot and value pairs: a translation has a handful of analyses, kept only while its checks
  // run, and a short list is cheaper to make and search than a Map for every entry.
  const targetSlots: unknown[] = [];
  return <T>(
    side: 'source' | 'target',
    slot: string,
    compute: (text: string, lang: string) => T,
  ): T => {
    if (side === 'target') {
      for (let i = 0; i < targetSlots.length; i += 2) {
        if (targetSlots[i] === slot) return targetSlots[i + 1] as T;
      }
      const value = compute(target, lang);
      targetSlots.push(slot, value);
      return value;
    }
    sourceSlots ??= memo.get('source', source, newSlots);
    const kept = sourceSlots.get(slot);
    if (kept !== undefined || sourceSlots.has(slot)) return kept as T;
    const value = compute(source, sourceLang);
    sourceSlots.set(slot, value);
    return value;
  };
}
