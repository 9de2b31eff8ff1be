// What the DeepL client library alone costs in CPU: a plain deepl-node DeepLClient keeps `cap`
// requests of 50 corpus texts in flight against the mock, with nothing of tolk around it. Scaled
// to the lower bound's requests, it is the part of tolk's CPU per translated segment that no code
// of tolk's can remove while deepl-node sends the requests.

import { DeepLClient, type SourceLanguageCode, type TargetLanguageCode } from 'deepl-node';
import { sampleBatches } from './sample-batches.js';

export interface ClientFloor {
  sampleRequests: number;
  /** User + system CPU of this process per request, module loading excluded. */
  cpuMsPerRequest: number;
}

export async function measureClientFloor(
  serverUrl: string,
  texts: readonly string[],
  contexts: readonly string[],
  langs: readonly string[],
  cap: number,
  sampleRequests: number,
): Promise<ClientFloor> {
  // The cap keeps the mock from refusing requests; should it refuse one, deepl-node sends it again
  // rather than the benchmark stopping (a retry's CPU is then counted as another request's).
  const client = new DeepLClient('bench-key', { serverUrl, maxRetries: 3 });
  const batches = sampleBatches(texts, contexts, sampleRequests);
  let next = 0;
  const send = async () => {
    while (next < sampleRequests) {
      const i = next++;
      const batch = batches[i % batches.length]!;
      await client.translateText(
        batch.texts,
        'sv' as SourceLanguageCode,
        langs[i % langs.length] as TargetLanguageCode,
        batch.context === undefined ? {} : { context: batch.context },
      );
    }
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: cap }, send));
  const used = process.cpuUsage(before);
  return {
    sampleRequests,
    cpuMsPerRequest: (used.user + used.system) / 1000 / sampleRequests,
  };
}
