import { readDeeplConnection } from './deepl.js';
import { createDeeplClient } from './deepl-client.js';
import { sendDeepl } from './deepl-send.js';
import type { ProviderOptions } from './types.js';

export interface DeeplUsage {
  characterCount: number;
  characterLimit: number;
}

/** The account's characters used and allowed in this billing period, from `/v2/usage` (for `--dry-run`). */
export async function readDeeplUsage(
  options: Pick<ProviderOptions, 'env' | 'settings' | 'targets'> & { signal?: AbortSignal },
): Promise<DeeplUsage> {
  const { authKey, serverUrl, settings } = readDeeplConnection(options);
  const client = createDeeplClient({
    authKey,
    timeoutMs: settings.timeoutMs,
    ...(serverUrl ? { serverUrl } : {}),
  });
  const usage = await sendDeepl('read the DeepL usage', () => client.getUsage(), {
    maxAttempts: settings.maxAttempts,
    timeoutMs: settings.timeoutMs,
    redact: authKey,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return {
    characterCount: usage.character?.count ?? 0,
    characterLimit: usage.character?.limit ?? 0,
  };
}
