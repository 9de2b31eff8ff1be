// The DeepL stand-in on loopback for every scenario, and the environment that points tolk at it.

import {
  type DeeplMockServer,
  type DeeplMockServerOptions,
  startDeeplMockServer,
} from '../../../src/testing/index.js';

/** Recognisable, so a scan of everything a run writes can prove it never leaks. */
export const SECRET_KEY = 'tolk-secret-4f2b9c7e-8d1a-4c55:fx';

export async function startMock(options: DeeplMockServerOptions = {}): Promise<DeeplMockServer> {
  return startDeeplMockServer({ logLimit: 100_000, ...options });
}

export function mockEnv(url: string, key = SECRET_KEY): Record<string, string> {
  return { DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: url };
}

/** Texts sent to /v2/translate per target language (lower case), in order; answered ones or all. */
export function sentTexts(server: DeeplMockServer, answeredOnly = false): Map<string, string[]> {
  const byLang = new Map<string, string[]>();
  for (const request of server.state.requests) {
    if (request.path !== '/v2/translate' || (answeredOnly && request.status !== 200)) continue;
    const lang = (request.fields.target_lang?.[0] ?? '').toLowerCase();
    const list = byLang.get(lang) ?? [];
    list.push(...(request.fields.text ?? []));
    byLang.set(lang, list);
  }
  return byLang;
}
