// Sends texts to one provider for one language: batched to the provider's size, concurrent to its
// limit, each batch journaled as it returns, stopping cleanly on quota, interrupt or failure.

import pLimit, { type LimitFunction } from 'p-limit';
import { InterruptedError } from '../errors.js';
import type { TranslationMemory } from '../locales/index.js';
import type { PairGlossary, Provider } from '../providers/types.js';

export interface ProviderJob {
  /** What the engine receives (already protected). */
  request: string;
  context?: string;
}

export interface RunProviderOptions {
  source: string;
  target: string;
  glossary?: PairGlossary;
  signal?: AbortSignal;
  memory: TranslationMemory;
  /** The journal key of a request: provider, target, glossary and text. */
  memoryKey: (request: string) => string;
  onBilled?: (characters: number) => void;
  onNote?: (job: number, check: string, message: string) => void;
  /** Called with each job's output as its batch returns (not for outputs found in the journal). */
  onOutput?: (job: number, output: string) => void;
  onProgress?: (done: number) => void;
  /**
   * The queue the batches wait in, shared by the languages a provider serves so that they go out
   * language after language; by default one of the provider's concurrency for this run alone.
   */
  queue?: LimitFunction;
}

export interface ProviderRun {
  /** Per job: the engine's output, or undefined when the run stopped first. */
  outputs: (string | undefined)[];
  /** Why the run stopped early. */
  error?: Error;
}

export async function runProvider(
  provider: Provider,
  jobs: readonly ProviderJob[],
  options: RunProviderOptions,
): Promise<ProviderRun> {
  // Each key is a hash: computed once per job, for the lookup and for the journal line.
  const keys = jobs.map((job) => options.memoryKey(job.request));
  const outputs: (string | undefined)[] = keys.map((key) => options.memory.get(key));
  const pending = jobs.map((_, i) => i).filter((i) => outputs[i] === undefined);
  options.onProgress?.(jobs.length - pending.length);

  const batchSize = Math.max(1, provider.capabilities.maxBatch ?? 50);
  const batches: number[][] = [];
  for (let i = 0; i < pending.length; i += batchSize) batches.push(pending.slice(i, i + batchSize));

  const limit = options.queue ?? pLimit(Math.max(1, provider.capabilities.concurrency ?? 4));
  let error: Error | undefined;
  let done = jobs.length - pending.length;
  await Promise.all(
    batches.map((batch) =>
      limit(async () => {
        if (error) return;
        if (options.signal?.aborted) {
          error ??= new InterruptedError('The run was interrupted.');
          return;
        }
        try {
          const texts = batch.map((i) => jobs[i]!.request);
          const translated = await provider.translate(texts, {
            source: options.source,
            target: options.target,
            contexts: batch.map((i) => jobs[i]!.context),
            ...(options.glossary ? { glossary: options.glossary } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.onBilled ? { onBilled: options.onBilled } : {}),
            onNote: (index, check, message) => {
              const job = batch[index];
              if (job !== undefined) options.onNote?.(job, check, message);
            },
          });
          if (translated.length !== batch.length) {
            throw new Error(
              `Provider "${provider.name}" returned ${translated.length} translations for ${batch.length} texts.`,
            );
          }
          await options.memory.append(batch.map((i, k) => [keys[i]!, translated[k]!] as const));
          batch.forEach((i, k) => {
            outputs[i] = translated[k];
            options.onOutput?.(i, translated[k]!);
          });
          done += batch.length;
          options.onProgress?.(done);
        } catch (caught) {
          error ??= options.signal?.aborted
            ? new InterruptedError('The run was interrupted.')
            : (caught as Error);
        }
      }),
    ),
  );
  return error ? { outputs, error } : { outputs };
}
