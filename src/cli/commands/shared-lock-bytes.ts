// The lock's bytes in memory every check thread reads (122 MB at 5 000 articles × 4 languages).
// Read by the main thread alone before the threads got their parts, it kept the other thread
// idle ~0.15–0.25 s; read in slices by whichever thread gets to a slice first, the threads share
// the read, each once it has read its sources and needs the lock.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The bytes, and a state per slice of them. */
export interface SharedLockBytes {
  bytes: SharedArrayBuffer;
  /** An Int32 per slice: FREE, READING, READ or FAILED. */
  slices: SharedArrayBuffer;
}

/** Small enough that two threads arriving together share the read evenly. */
const SLICE_BYTES = 4 * 1024 * 1024;
const FREE = 0;
const READING = 1;
const READ = 2;
/** The file ended early or could not be read: every thread then reads the lock itself. */
const FAILED = 3;
/**
 * How long a thread waits on a slice another thread is reading (~10 ms) before it reads the
 * slice itself: a thread that died mid-read must not hang the others.
 */
const WAIT_MS = 2_000;

/**
 * Room for the lock's bytes, none read yet; undefined when it cannot be stat'ed (missing): each
 * thread then reads it, and meets the error, itself.
 */
export function shareLockBytes(file: string): SharedLockBytes | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const slices = Math.ceil(size / SLICE_BYTES);
    return {
      bytes: new SharedArrayBuffer(size),
      slices: new SharedArrayBuffer(slices * Int32Array.BYTES_PER_ELEMENT),
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The lock's bytes once every slice is read: reads the slices no thread has claimed, then waits
 * for those others are reading. Undefined when the file no longer has the size it had (changed
 * under the read) or cannot be read.
 */
export function readSharedLockBytes(shared: SharedLockBytes, file: string): Buffer | undefined {
  const bytes = Buffer.from(shared.bytes);
  const states = new Int32Array(shared.slices);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    for (let slice = 0; slice < states.length; slice++) {
      if (Atomics.compareExchange(states, slice, FREE, READING) !== FREE) continue;
      const read = readSlice(fd, bytes, slice);
      Atomics.store(states, slice, read ? READ : FAILED);
      Atomics.notify(states, slice);
    }
    for (let slice = 0; slice < states.length; slice++) {
      const waited = Atomics.wait(states, slice, READING, WAIT_MS);
      // Still being read: its reader may have died; read it here instead.
      if (waited === 'timed-out' && !readSlice(fd, bytes, slice)) return undefined;
      if (Atomics.load(states, slice) === FAILED) return undefined;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads one slice whole; false when the file ends before it does. */
function readSlice(fd: number, bytes: Buffer, slice: number): boolean {
  const end = Math.min(bytes.length, (slice + 1) * SLICE_BYTES);
  for (let at = slice * SLICE_BYTES; at < end; ) {
    const read = readSync(fd, bytes, at, end - at, at);
    if (read === 0) return false;
    at += read;
  }
  return true;
}
