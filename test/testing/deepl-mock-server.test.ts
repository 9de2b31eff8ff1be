import { DeepLClient } from 'deepl-node';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { type DeeplMockServer, STATS_PATH, startDeeplMockServer } from '../../src/testing/index.js';

let server: DeeplMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('startDeeplMockServer', () => {
  it('serves deepl-node over HTTP on loopback', async () => {
    server = await startDeeplMockServer({ authKey: 'k' });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new DeepLClient('k', { serverUrl: server.url, maxRetries: 0 });
    const [result] = await client.translateText(['Kina och Ryssland'], 'sv', 'en-GB');
    expect(result?.text).toBe('Kina and Ryssland');
    expect((await client.getUsage()).character?.count).toBe(17);
    const stats = (await (await fetch(`${server.url}${STATS_PATH}`)).json()) as Record<
      string,
      number
    >;
    expect(stats).toMatchObject({ translateRequests: 1, texts: 1, characters: 17 });
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startDeeplMockServer({ host: '0.0.0.0' })).rejects.toThrow(UserError);
    await expect(startDeeplMockServer({ host: '192.168.1.2' })).rejects.toThrow(
      /only listens on loopback/,
    );
  });

  it('answers 429 with Retry-After above the concurrency cap', async () => {
    server = await startDeeplMockServer({ maxConcurrent: 1, latencyMs: 50, retryAfterSeconds: 4 });
    const url = `${server.url}/v2/translate`;
    const post = () =>
      fetch(url, {
        method: 'POST',
        headers: {
          authorization: 'DeepL-Auth-Key any',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'text=hej&target_lang=DE',
      });
    const answers = await Promise.all([post(), post(), post()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 429, 429]);
    expect(answers.find((r) => r.status === 429)?.headers.get('retry-after')).toBe('4');
  });

  it('resets the connection for a reset fault', async () => {
    server = await startDeeplMockServer();
    server.state.faults.push({ reset: true, path: '*' });
    await expect(
      fetch(`${server.url}/v2/usage`, { headers: { authorization: 'DeepL-Auth-Key any' } }),
    ).rejects.toThrow();
    const ok = await fetch(`${server.url}/v2/usage`, {
      headers: { authorization: 'DeepL-Auth-Key any' },
    });
    expect(ok.status).toBe(200);
  });
});
