// How fast any client could go against this mock on this machine: a bare fetch client keeps `cap`
// requests of 50 corpus texts in flight. The ideal counts the mock's latency alone; this adds what
// the mock's own work, HTTP and the shared cores cost per request, which no client can avoid.

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
  const bodies: string[] = [];
  for (let i = 0; bodies.length < Math.min(sampleRequests, 64); i += 50) {
    const start = i % Math.max(1, texts.length - 50);
    const form = new URLSearchParams({ source_lang: 'SV', target_lang: 'DE' });
    for (const text of texts.slice(start, start + 50)) form.append('text', text);
    if (contexts[start]) form.append('context', contexts[start]);
    bodies.push(form.toString());
  }
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
