// A word list read by the range of a text a word fills, for scans that look up every word.

import { InternalError } from '../../errors.js';

/**
 * Words, each with a non-zero number, looked up as `text.slice(start, end)` without that slice:
 * a Map keyed by strings must be handed a new string per word, which it then hashes, and most
 * words a scan meets are not listed. Open addressing over a power-of-two array, a quarter full.
 */
export class WordTable {
  /** By slot: the word there, '' when the slot is free. */
  private readonly words: string[];
  private readonly values: Int32Array;
  private readonly slotMask: number;
  /** The length of the longest word: a longer range is not listed. */
  readonly longest: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 8;
    while (size < entries.size * 4) size *= 2;
    this.words = new Array<string>(size).fill('');
    this.values = new Int32Array(size);
    this.slotMask = size - 1;
    let longest = 0;
    for (const [word, value] of entries) {
      // '' marks a free slot, and 0 is what get gives for a word not listed.
      if (word === '' || value === 0) {
        throw new InternalError(`A word table cannot list "${word}" with ${value}`);
      }
      let slot = hashRange(word, 0, word.length) & this.slotMask;
      while (this.words[slot] !== '') slot = (slot + 1) & this.slotMask;
      this.words[slot] = word;
      this.values[slot] = value;
      longest = Math.max(longest, word.length);
    }
    this.longest = longest;
  }

  /** The number of `text.slice(start, end)`; 0 when it is not listed. */
  get(text: string, start: number, end: number): number {
    const length = end - start;
    if (length > this.longest) return 0;
    let slot = hashRange(text, start, end) & this.slotMask;
    for (;;) {
      const word = this.words[slot]!;
      if (word === '') return 0;
      if (word.length === length && text.startsWith(word, start)) return this.values[slot]!;
      slot = (slot + 1) & this.slotMask;
    }
  }
}

/** FNV-1a over the code units, folded so the low bits, which pick the slot, see the high ones. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}
