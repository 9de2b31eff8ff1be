import type { DeepLClient } from 'deepl-node';
import { createDeeplGlossaries, type GlossarySyncResult } from './deepl-glossaries.js';
import { sendDeepl } from './deepl-send.js';
import type { PairGlossary } from './types.js';

export interface SyncDeeplGlossariesOptions {
  maxAttempts?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Brings DeepL's glossaries in line with `pairs` (for `tolk glossary sync`): reuses the ones whose
 * name carries the current hash, creates the changed ones and deletes their older versions.
 */
export async function syncDeeplGlossaries(
  client: DeepLClient,
  pairs: readonly PairGlossary[],
  log: (message: string) => void,
  options: SyncDeeplGlossariesOptions = {},
): Promise<GlossarySyncResult> {
  const sendOptions = {
    maxAttempts: options.maxAttempts ?? 8,
    timeoutMs: options.timeoutMs ?? 30_000,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const glossaries = createDeeplGlossaries(
    client,
    (what, fn) => sendDeepl(what, fn, sendOptions),
    log,
  );
  for (const pair of pairs) await glossaries.ensure(pair);
  await glossaries.settled();
  return glossaries.result;
}
