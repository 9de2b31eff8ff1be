// Languages are written as each finishes, while the others are still in flight: a long run that is
// stopped keeps every language that was done, and the writing overlaps the wait for the rest.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readLocaleFile } from '../../src/locales/index.js';
import { createDeeplMock } from '../../src/testing/index.js';
import { runTolk } from '../helpers/cli.js';
import { deeplTestEnv, TEST_DEEPL_KEY } from '../helpers/deepl-server.js';
import { makeProject, NS } from '../helpers/project.js';

const mock = createDeeplMock({ authKey: TEST_DEEPL_KEY });
/** Called with each Ukrainian translate request before the mock answers it. */
let beforeUkrainian: () => Promise<Response | undefined> = async () => undefined;
const server = setupServer(
  http.post('*/v2/translate', async ({ request }) => {
    const form = await request.clone().formData();
    if (String(form.get('target_lang')).toUpperCase() === 'UK') return beforeUkrainian();
    return undefined;
  }),
  ...mock.handlers,
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.reset());
afterAll(() => server.close());

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return test();
}

describe('writing per language', () => {
  it('writes en-GB while uk is still waiting for DeepL', async () => {
    const dir = makeProject({ config: 'targets: [en-GB, uk]\n' });
    const english = join(dir, 'locales', 'en-GB', `${NS}.json`);
    let englishWrittenFirst = false;
    beforeUkrainian = async () => {
      englishWrittenFirst = await waitFor(() => existsSync(english), 5000);
      return undefined;
    };
    const run = await runTolk(dir, ['translate'], deeplTestEnv());
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(englishWrittenFirst).toBe(true);
    const lock = JSON.parse(readFileSync(join(dir, 'tolk.lock.json'), 'utf8'));
    expect(Object.keys(lock.entries).sort()).toEqual(['en-GB', 'uk']);
    expect(lock.pending).toBeUndefined();
  });

  it('keeps the finished language when the run is stopped, and translates only the rest next time', async () => {
    const dir = makeProject({ config: 'targets: [en-GB, uk]\n' });
    const english = join(dir, 'locales', 'en-GB', `${NS}.json`);
    const stop = new AbortController();
    beforeUkrainian = async () => {
      await waitFor(() => existsSync(english), 5000);
      stop.abort();
      return HttpResponse.json({ message: 'stopped' }, { status: 503 });
    };
    const first = await runTolk(dir, ['translate'], deeplTestEnv(), stop.signal);
    expect(first.code).toBe(130);
    const kept = await readLocaleFile(english);
    expect(kept?.size).toBeGreaterThan(10);
    const ukrainian = await readLocaleFile(join(dir, 'locales', 'uk', `${NS}.json`));
    // Only what needs no engine (the timestamp) is there: nothing DeepL had not answered.
    expect(ukrainian?.size ?? 0).toBeLessThanOrEqual(1);

    beforeUkrainian = async () => undefined;
    mock.state.requests.length = 0;
    const second = await runTolk(dir, ['translate'], deeplTestEnv());
    expect(second.code).toBe(0);
    const targets = mock.state.requests
      .filter((r) => r.path === '/v2/translate')
      .map((r) => r.fields.target_lang?.[0]?.toUpperCase());
    expect(new Set(targets)).toEqual(new Set(['UK']));
    expect(await readLocaleFile(english)).toEqual(kept);
  });
});
