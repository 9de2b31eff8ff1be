// One long-lived Apertium pipeline in null-flush mode: segments go in NUL-separated and come out
// NUL-separated, a sentinel after each batch proves that segments out == segments in.
//
// Cross-segment influence, measured on the seed article (42 sentences, each translated in a fresh
// process vs. all in one long-lived process): 3 differ for swe-nob, 7 for swe-nno, 3 for swe-dan.
// Running every stage separately shows that only apertium-tagger keeps state (differ: tagger 9 of
// 42, every other stage 0). Its find_similar_ambiguity_class overwrites the tagger's open class
// whenever a word has an unseen ambiguity class (32 of the 42 sentences have one), so no reset
// segment can undo it. A fresh whole pipeline costs ~0.3 s and ~250 MB; a fresh tagger ~6 ms. So
// the tagger is started afresh for every batch while the heavy stages stay alive: a batch's output
// depends only on the batch (like one `apertium` run over one document), whatever ran before.

import type { ChildProcess } from 'node:child_process';
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
  // `close` (not `exit`) for the tagger: it fires once its last output has been read.
  const watch = (chain: Chain, event: 'exit' | 'close', expectEnd: () => boolean): void => {
    for (const stage of chain.stages) {
      stage.stderr?.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
      stage.on('error', (error) => fail(`could not run ${stage.spawnfile}: ${error.message}`));
      stage.on(event, (code: number | null, signal: string | null) => {
        if (!expectEnd()) fail(`stopped: ${describeExit(stage, code, signal)}`);
      });
    }
    chain.stdin.on('error', (error: Error) => fail(`could not take input: ${error.message}`));
  };

  watch(head, 'exit', () => false);
  if (tail) watch(tail, 'exit', () => false);
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
    done.resolve(done.outputs);
  };

  const startTagger = (frames: number): void => {
    tagger = spawnChain([parts.tagger!], env);
    toTagger = frames;
    fromTagger = frames;
    const current = tagger;
    watch(current, 'close', () => current !== tagger || fromTagger === 0);
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
        batch = { expected: segments.length + 1, outputs: [], resolve, reject };
        timer = setTimeout(
          () => fail(`gave no answer within ${options.timeoutMs} ms; its processes were killed`),
          options.timeoutMs,
        );
        if (tail) startTagger(segments.length + 1);
        const payload = segments.map((segment) => `${segment}\0`).join('') + SENTINEL_FRAME;
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
  const at = commands.findIndex((argv) => argv[0] === 'apertium-tagger');
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
