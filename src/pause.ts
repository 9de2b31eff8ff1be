// Long synchronous work on the main thread (formatting thousands of files while requests are in
// flight) holds up every answer that arrives meanwhile; pausing every few milliseconds lets them in.

// 4 ms slices left each DeepL round trip of a 500-article run ~84 ms long for an 80 ms latency
// (answers waited behind a slice); 1 ms slices, ~83 ms.
const SLICE_MS = 1;

/** A function to await inside a long loop: it yields to the event loop once a slice has run out. */
export function createPause(): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < SLICE_MS) return undefined;
    return nextTurn().then(() => {
      sliceStart = performance.now();
    });
  };
}

/** Resolves on the event loop's next turn, after the I/O and timers waiting now. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Synchronous work written as steps (a generator that yields now and then): run to the end at once,
 * for callers with nothing in flight.
 */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, pausing between steps once a slice has run out, so that answers arriving get in. */
export async function runStepsPausing<T>(steps: Generator<unknown, T>): Promise<T> {
  const pause = createPause();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}
