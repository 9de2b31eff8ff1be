// The batches the floors send: 50 corpus texts each, from successive places in the corpus, with the
// context the first text's paragraph gives; at most 64 distinct batches, sent round and round.

export interface SampleBatch {
  texts: string[];
  context: string | undefined;
}

export function sampleBatches(
  texts: readonly string[],
  contexts: readonly string[],
  requests: number,
): SampleBatch[] {
  const batches: SampleBatch[] = [];
  for (let i = 0; batches.length < Math.min(requests, 64); i += 50) {
    const start = i % Math.max(1, texts.length - 50);
    batches.push({ texts: texts.slice(start, start + 50), context: contexts[start] || undefined });
  }
  return batches;
}
