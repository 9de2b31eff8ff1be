import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeeplClient } from '../../src/providers/deepl-client.js';
import { TEST_DEEPL_KEY, useDeeplMock } from '../helpers/deepl-server.js';

const state = useDeeplMock();

describe('the DeepL client', () => {
  afterEach(() => vi.restoreAllMocks());

  it('encodes a translation form once, and sends it as a form DeepL reads', async () => {
    const client = createDeeplClient({ authKey: TEST_DEEPL_KEY, timeoutMs: 5_000 });
    const encode = vi.spyOn(URLSearchParams.prototype, 'toString');
    const results = await client.translateText(['Xi möter Putin.', 'I Samarkand.'], 'sv', 'en-GB', {
      context: 'Toppmötet i Samarkand.',
    });
    // deepl-node's debug line would encode it a second time, axios a third.
    expect(encode).toHaveBeenCalledTimes(1);
    expect(results).toHaveLength(2);
    const request = state.requests.find((r) => r.path === '/v2/translate');
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.fields.text).toEqual(['Xi möter Putin.', 'I Samarkand.']);
    expect(request?.fields.context).toEqual(['Toppmötet i Samarkand.']);
  });
});
