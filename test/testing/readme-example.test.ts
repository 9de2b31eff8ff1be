// The example from the README ("Testing with the DeepL mock"), kept here so it stays true.
import { DeepLClient, GlossaryEntries } from 'deepl-node';
import { setupServer } from 'msw/node';
import { createDeeplMock } from 'tolk/testing';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';

const deepl = createDeeplMock({ authKey: 'test-key' });
const server = setupServer(...deepl.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => deepl.reset());
afterAll(() => server.close());

it('translates through the glossary, so pinned names come through', async () => {
  const client = new DeepLClient('test-key', { maxRetries: 0 });
  const entries = new GlossaryEntries({ entries: { Kina: 'China' } });
  const glossary = await client.createMultilingualGlossary('names', [
    { sourceLangCode: 'sv', targetLangCode: 'en', entries },
  ]);
  const [result] = await client.translateText(['Kina och Ryssland'], 'sv', 'en-GB', { glossary });
  expect(result?.text).toBe('China and Ryssland');
  expect(deepl.state.requests.at(-1)?.fields.glossary_id).toEqual([glossary.glossaryId]);
});

it('lets a test inject faults', async () => {
  deepl.state.faults.push({ status: 456 });
  const client = new DeepLClient('test-key', { maxRetries: 0 });
  await expect(client.translateText('Hej', 'sv', 'de')).rejects.toThrow(/Quota/);
});
