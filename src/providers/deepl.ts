// The DeepL provider: deepl-node's client under tolk's batching, retries, glossary sync and options.

import { UserError } from '../errors.js';
import { createDeeplClient } from './deepl-client.js';
import { createDeeplGlossaries } from './deepl-glossaries.js';
import { createAdaptiveLimiter } from './deepl-rate.js';
import { MASK_TAG } from './deepl-request-options.js';
import { sendDeepl } from './deepl-send.js';
import { type DeeplSettings, readDeeplSettings } from './deepl-settings.js';
import { type DeeplRuntime, translateWithDeepl } from './deepl-translate.js';
import type { Provider, ProviderFactory, ProviderOptions, TranslateContext } from './types.js';

export interface DeeplConnection {
  authKey: string;
  serverUrl?: string;
  settings: DeeplSettings;
}

/** The key from `DEEPL_AUTH_KEY`, the server from `deepl.serverUrl` or `DEEPL_SERVER_URL`, the settings validated. */
export function readDeeplConnection(
  options: Pick<ProviderOptions, 'env' | 'settings' | 'targets'>,
): DeeplConnection {
  const authKey = options.env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) {
    throw new UserError(
      'Could not use the DeepL provider: DEEPL_AUTH_KEY is not set. Set it to your DeepL API key, or translate without DeepL: --provider pseudo, or an offline provider such as apertium.',
    );
  }
  const settings = readDeeplSettings(options.settings, options.targets);
  const serverUrl = settings.serverUrl ?? (options.env.DEEPL_SERVER_URL?.trim() || undefined);
  return serverUrl ? { authKey, serverUrl, settings } : { authKey, settings };
}

export const createDeeplProvider: ProviderFactory = (options): Provider => {
  const { authKey, serverUrl, settings } = readDeeplConnection(options);
  const client = createDeeplClient({
    authKey,
    timeoutMs: settings.timeoutMs,
    ...(serverUrl ? { serverUrl } : {}),
  });
  const limiter = createAdaptiveLimiter({
    start: settings.concurrency,
    max: settings.maxConcurrency,
  });
  let notes: TranslateContext['onNote'];
  // Glossary requests take a slot like translations: a glossary made for the next language while the
  // limit's worth of translations is in flight would be one too many, and its 429 would lower the
  // limit for the rest of the run (traced: a 500-article first run lost a slot that way, ~1 s).
  const glossaries = createDeeplGlossaries(
    client,
    (what, fn) =>
      sendDeepl(what, fn, {
        maxAttempts: settings.maxAttempts,
        timeoutMs: settings.timeoutMs,
        redact: authKey,
        limiter,
      }),
    (message) => notes?.(0, 'deepl-glossary', message),
  );
  const runtime: DeeplRuntime = { client, settings, limiter, glossaries, authKey, account: {} };
  return {
    name: 'deepl',
    capabilities: {
      glossary: settings.glossary,
      tags: true,
      maxBatch: 50,
      // How many batches the pipeline may hand over at once; the limiter decides how many go out.
      concurrency: settings.maxConcurrency,
      maskToken: (index) => `<${MASK_TAG} id="${index}"/>`,
    },
    translate(texts, ctx) {
      notes = ctx.onNote;
      return translateWithDeepl(runtime, texts, ctx);
    },
    prepare(ctx) {
      // The same promise is awaited by the pair's first translate, which reports its failure.
      if (settings.glossary && ctx.glossary) glossaries.ensure(ctx.glossary).catch(() => undefined);
    },
    async dispose() {
      // An old glossary version that could not be deleted is harmless: the next run deletes it.
      await glossaries.settled().catch(() => undefined);
    },
  };
};
