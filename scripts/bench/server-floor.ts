// How fast any client could go against this mock on this machine: a bare fetch client keeps `cap`
// requests of 50 corpus texts in flight. The ideal counts the mock's latency alone; this adds what
// the mock's own work, HTTP and the shared cores cost per request, which no client can avoid.

import { sampleBatches } from './sample-batches.js';

export interface ServerFloor {
  sampleRequests: number;
  /** Wall time per request slot: sample wall × cap ÷ requests. */
  perRequestMs: number;
}

export async function measureServerFloor(
  serverUrl: string,
  texts: readonly string[],
  contexts: readonly string[],
  cap: number,
  sampleRequests: number,
): Promise<ServerFloor> {
  const bodies = sampleBatches(texts, contexts, sampleRequests).map((batch) => {
    const form = new URLSearchParams({ source_lang: 'SV', target_lang: 'DE' });
    for (const text of batch.texts) form.append('text', text);
    if (batch.context) form.append('context', batch.context);
    return form.toString();
  });
  let next = 0;
  const send = async () => {
    while (next < sampleRequests) {
      const body = bodies[next++ % bodies.length]!;
      const response = await fetch(`${serverUrl}/v2/translate`, {
        method: 'POST',
        headers: {
          authorization: 'DeepL-Auth-Key bench-key',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
      });
      await response.arrayBuffer();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: cap }, send));
  const wallMs = performance.now() - started;
  return { sampleRequests, perRequestMs: (wallMs * cap) / sampleRequests };
}
