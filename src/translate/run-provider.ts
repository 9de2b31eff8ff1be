// Sends texts to one provider for one language: batched to the provider's size, concurrent to its
// limit, each batch journaled as it returns, stopping cleanly on quota, interrupt or failure.

import pLimit, { type LimitFunction } from 'p-limit';
import { InterruptedError } from '../errors.js';
import type { TranslationMemory } from '../locales/index.js';
import { createPause } from '../pause.js';
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
   * Called once the requests are flowing: every batch is queued and the first has returned, or
   * none was needed. The pipeline then lets the next language plan.
   */
  onFlowing?: () => void;
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

/** Jobs by index; an array serves, or a source that prepares each job when it is reached. */
export interface ProviderJobs {
  readonly length: number;
  at(index: number): ProviderJob | undefined;
  /**
   * For jobs still being found (a language still being planned): waits until `length` has grown
   * (true) or no job will come (false). Without it, `length` is all there is.
   */
  more?(): Promise<boolean>;
}

export async function runProvider(
  provider: Provider,
  jobs: ProviderJobs,
  options: RunProviderOptions,
): Promise<ProviderRun> {
  const batchSize = Math.max(1, provider.capabilities.maxBatch ?? 50);
  const limit = options.queue ?? pLimit(Math.max(1, provider.capabilities.concurrency ?? 4));
  // Each key is a hash: computed once per job, for the lookup and for the journal line.
  const keys: string[] = [];
  const requests: ProviderJob[] = [];
  const outputs: (string | undefined)[] = [];
  let error: Error | undefined;
  let done = 0;
  // Outputs found in the journal, and whether every batch has been queued.
  let known = 0;
  let queuedAll = false;

  const send = async (batch: number[]) => {
    if (error) return;
    if (options.signal?.aborted) {
      error ??= new InterruptedError('The run was interrupted.');
      return;
    }
    try {
      const texts = batch.map((i) => requests[i]!.request);
      const translated = await provider.translate(texts, {
        source: options.source,
        target: options.target,
        contexts: batch.map((i) => requests[i]!.context),
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
      if (queuedAll) options.onFlowing?.();
    } catch (caught) {
      error ??= options.signal?.aborted
        ? new InterruptedError('The run was interrupted.')
        : (caught as Error);
    }
  };

  // Batches are queued as they fill, not once every job is hashed and looked up: the first requests
  // of a 12 000-text language leave at once, and the rest is prepared while they are in flight.
  const sent: Promise<void>[] = [];
  const pause = createPause();
  let batch: number[] = [];
  for (let i = 0; ; i++) {
    if (i >= jobs.length && !(jobs.more && (await jobs.more()))) break;
    await pause();
    outputs[i] = undefined;
    const job = jobs.at(i)!;
    requests[i] = job;
    keys[i] = options.memoryKey(job.request);
    const journaled = options.memory.get(keys[i]!);
    if (journaled !== undefined) {
      outputs[i] = journaled;
      done++;
      known++;
      continue;
    }
    // After a failure nothing more is sent, but what the journal holds is still returned.
    if (error) continue;
    batch.push(i);
    if (batch.length === batchSize) {
      const full = batch;
      sent.push(limit(() => send(full)));
      batch = [];
    }
  }
  if (batch.length > 0 && !error) {
    const last = batch;
    sent.push(limit(() => send(last)));
  }
  queuedAll = true;
  if (sent.length === 0 || done > known) options.onFlowing?.();
  options.onProgress?.(done);
  await Promise.all(sent);
  return error ? { outputs, error } : { outputs };
}
