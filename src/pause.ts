// Long synchronous work on the main thread (formatting thousands of files while requests are in
// flight) holds up every answer that arrives meanwhile; pausing every few milliseconds lets them in.

const SLICE_MS = 4;

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
