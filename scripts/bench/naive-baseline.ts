// The reference point: what a straightforward integration does — one deepl-node request per segment,
// one after another, no de-duplication, no cache. Every run costs the same, so a measured sample is
// extrapolated to the corpus (requests × the sample's mean time per request).

import { DeepLClient, type TargetLanguageCode } from 'deepl-node';
import { toDeeplTarget } from '../../src/providers/deepl-languages.js';

export interface NaiveSample {
  requests: number;
  wallMs: number;
}

export async function runNaiveSample(
  serverUrl: string,
  sequence: readonly string[],
  langs: readonly string[],
  sampleSize: number,
): Promise<NaiveSample> {
  const client = new DeepLClient('naive-key', { serverUrl });
  const requests = Math.min(sampleSize, sequence.length * langs.length);
  const started = performance.now();
  for (let i = 0; i < requests; i++) {
    const text = sequence[i % sequence.length]!;
    const lang = langs[Math.floor(i / sequence.length) % langs.length]!;
    await client.translateText(text, 'sv', toDeeplTarget(lang, {}) as TargetLanguageCode);
  }
  return { requests, wallMs: performance.now() - started };
}
