// One long-lived Apertium pipeline in null-flush mode: segments go in NUL-separated and come out
// NUL-separated, a sentinel after each batch proves that segments out == segments in.
//
// Cross-segment influence. Measured on the seed article plus 36 other news sentences (78): each
// sentence alone vs. all in one long-lived process, in order / reversed, differ in 6/8 (swe-nob),
// 11/14 (swe-nno), 5/5 (swe-dan) sentences ("Vad händer nu?" comes out as "Vad skjer nå?" or "Hva
// skjer nå?" depending on what ran before). Run stage by stage, only apertium-tagger differs (9 of
// the seed's 42; every other stage 0). Cause: its find_similar_ambiguity_class assigns through a
// reference to the model's open class, so each word whose ambiguity class the model lacks (32 of the
// 42 sentences have one) may shrink that class (14 tags → 6 → 3) for the rest of the process; it is
// what unknown words and such words get tagged with. No reset segment can grow it back, but at 3
// tags it can shrink no more. The word "inför" takes it there at once, so every batch starts with
// it (output dropped): then each sentence alone, in order and reversed give the same bytes (0 of 78
// differ in all three modes). Against a never-touched tagger 6/10/7 of 78 differ, and of the 7
// swe-nob differences 6 read better ("Hva skjer nå?", "deres spørsmål"). As a second guard, should
// other data not freeze the same way, the tagger (~6 ms to start, against ~0.3 s and ~250 MB for
// the whole pipeline) starts afresh for every batch: a batch's output never depends on earlier ones.

import type { ChildProcess } from 'node:child_process';
import { basename } from 'node:path';
import { ProviderError } from '../errors.js';
import { type Chain, killChain, spawnChain, splitFrames, takeFrames } from './apertium-chain.js';

export interface PipelineOptions {
  /** argv per stage, in order, as read from the mode. */
  commands: string[][];
  env?: Readonly<Record<string, string | undefined>>;
  /** A batch taking longer than this kills every process of the pipeline. */
  timeoutMs: number;
  /** Named in errors (`swe-nob`). */
  label: string;
}

export interface ApertiumPipeline {
  /** Sends escaped segments and resolves with one raw output per segment, in order. */
  translate(segments: readonly string[]): Promise<string[]>;
  /** Process ids of the running stages; each leads its own process group. */
  readonly pids: readonly number[];
  readonly alive: boolean;
  close(): void;
}

/** Sent after every batch; a different last output means a stage lost or invented a segment. */
export const SENTINEL = 'XQZ0X';
const SENTINEL_FRAME = `${SENTINEL}[]\0`;
/** Brings the tagger's open class to its fixed point (see above); its output is dropped. */
export const TAGGER_PRIMER = 'inför';
const PRIMER_FRAME = `${TAGGER_PRIMER}[]\0`;

interface Batch {
  expected: number;
  outputs: string[];
  resolve(outputs: string[]): void;
  reject(error: Error): void;
}

const live = new Set<ApertiumPipeline>();

export function startPipeline(options: PipelineOptions): ApertiumPipeline {
  installExitHook();
  const env = options.env ?? process.env;
  const parts = splitAtTagger(options.commands);
  const head = spawnChain(parts.head, env);
  const tail = parts.tail.length > 0 ? spawnChain(parts.tail, env) : undefined;
  let tagger: Chain | undefined;
  let toTagger = 0;
  let fromTagger = 0;
  let batch: Batch | undefined;
  let pending: Buffer[] = [];
  let failure: Error | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stderr = '';

  const fail = (why: string): void => {
    if (failure !== undefined) return;
    const said = stderr.trim().split('\n').slice(-3).join(' | ');
    const detail = said === '' ? '' : ` (stderr: ${said.slice(-300)})`;
    failure = new ProviderError(`Apertium ${options.label} ${why}${detail}`, 'apertium');
    pipeline.close();
  };
  // `close`, not `exit`: it comes once the stage's output and stderr have been read to the end.
  const watch = (chain: Chain, expectEnd: () => boolean): void => {
    for (const stage of chain.stages) {
      stage.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
      stage.on('error', (error) => fail(`could not run ${stage.spawnfile}: ${error.message}`));
      stage.on('close', (code: number | null, signal: string | null) => {
        if (!expectEnd()) fail(`stopped: ${describeExit(stage, code, signal)}`);
      });
    }
    // EPIPE means the stage ended; its `close` follows with the exit code and stderr, which say more.
    chain.stdin.on('error', () => {});
  };

  watch(head, () => false);
  if (tail) watch(tail, () => false);
  const output = tail?.stdout ?? head.stdout;
  if (tail) {
    head.stdout.on('data', (chunk: Buffer) => {
      const taken = takeFrames(chunk, toTagger);
      if (tagger === undefined || taken.rest.length > 0)
        return fail('sent back more segments than given');
      tagger.stdin.write(taken.head);
      toTagger -= taken.frames;
      if (toTagger === 0) tagger.stdin.end();
    });
  }
  output.on('data', (chunk: Buffer) => {
    const split = splitFrames(pending, chunk);
    pending = split.pending;
    for (const frame of split.frames) {
      if (batch === undefined) return fail('sent back more segments than given');
      batch.outputs.push(frame);
      if (batch.outputs.length === batch.expected) finishBatch();
    }
  });

  const finishBatch = (): void => {
    const done = batch!;
    batch = undefined;
    clearTimeout(timer);
    const last = done.outputs.pop() ?? '';
    if (last.replace(/[*#@\s]|\[\]/g, '') !== SENTINEL) {
      // A stage lost or invented a segment: every output of this batch may belong to another text.
      fail('lost or added a segment: the last output of the batch was not the sentinel');
      done.reject(failure!);
      return;
    }
    done.resolve(done.outputs.slice(1));
  };

  const startTagger = (frames: number): void => {
    tagger = spawnChain([parts.tagger!], env);
    toTagger = frames;
    fromTagger = frames;
    const current = tagger;
    watch(current, () => current !== tagger || fromTagger === 0);
    current.stdout.on('data', (chunk: Buffer) => {
      if (current !== tagger || fromTagger === 0) return; // the NULs a stage adds at end of input
      const taken = takeFrames(chunk, fromTagger);
      tail!.stdin.write(taken.head);
      fromTagger -= taken.frames;
    });
  };

  const pipeline: ApertiumPipeline = {
    get pids() {
      return [head, tagger, tail].flatMap((chain) => chain?.stages.map((s) => s.pid ?? -1) ?? []);
    },
    get alive() {
      return failure === undefined;
    },
    translate(segments) {
      if (failure !== undefined) return Promise.reject(failure);
      if (batch !== undefined) {
        return Promise.reject(new ProviderError('Apertium pipeline is already busy', 'apertium'));
      }
      return new Promise<string[]>((resolve, reject) => {
        batch = { expected: segments.length + 2, outputs: [], resolve, reject };
        timer = setTimeout(
          () => fail(`gave no answer within ${options.timeoutMs} ms; its processes were killed`),
          options.timeoutMs,
        );
        if (tail) startTagger(segments.length + 2);
        const payload = PRIMER_FRAME + segments.map((s) => `${s}\0`).join('') + SENTINEL_FRAME;
        head.stdin.write(Buffer.from(payload, 'utf8'));
      });
    },
    close() {
      failure ??= new ProviderError(`Apertium ${options.label} pipeline was closed`, 'apertium');
      clearTimeout(timer);
      live.delete(pipeline);
      for (const chain of [head, tagger, tail]) killChain(chain);
      batch?.reject(failure);
      batch = undefined;
    },
  };
  live.add(pipeline);
  return pipeline;
}

/** The tagger, if the mode has one, runs apart so it can start afresh for every batch. */
function splitAtTagger(commands: string[][]): {
  head: string[][];
  tagger?: string[];
  tail: string[][];
} {
  const at = commands.findIndex((argv) => basename(argv[0] ?? '') === 'apertium-tagger');
  if (at <= 0 || at === commands.length - 1) return { head: commands, tail: [] };
  return { head: commands.slice(0, at), tagger: commands[at]!, tail: commands.slice(at + 1) };
}

function describeExit(stage: ChildProcess, code: number | null, signal: string | null): string {
  return `${stage.spawnfile} ended (${signal ?? `exit code ${code}`})`;
}

let exitHookInstalled = false;

/** Stages end on EOF anyway; this only spares them a moment when tolk exits without dispose(). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pipeline of live) pipeline.close();
  });
}
