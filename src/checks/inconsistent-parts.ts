// The `inconsistent` check computed over parts of a language's files (one part per worker
// thread), with a compact exchange instead of every (source, target) pair:
//   1. each part digests its pairs into hashes (`digestTranslations`);
//   2. the digests are merged into the hashes of sources translated more than one way
//      (`variedSources`);
//   3. each part returns the uses of those sources only (`usesOfVaried`);
//   4. the uses, put back in file order, are judged exactly as the whole-language check does
//      (`judgeUses` in inconsistent.ts).
//
// Hash collisions: two sources with one hash (even within one digest) only cost work, since
// their uses are gathered together and `judgeUses` tells them apart by the real text. Two
// different translations of one source in different parts with one hash (odds about 2^-53 a
// pair) would look alike and hide that finding; within a part targets are compared as text.

import { firstTargets, type InconsistentUse, usesWhere } from './inconsistent.js';
import type { CheckFile } from './types.js';

export type { InconsistentUse } from './inconsistent.js';

/** What one part of a language's files says about its translations: numbers only, cheap to post. */
export interface TranslationDigest {
  /** Per distinct normalised source of the part, in first-use order: its hash (hashText53). */
  sources: Float64Array;
  /** At the same index: the hash of the source's first target in the part, or NaN when the part itself translates it two ways. */
  targets: Float64Array;
}

/**
 * A 53-bit hash of a text, an exact integer: two 32-bit multiplicative hashes of the UTF-16 code
 * units (FNV-1a and one with Murmur's multiplier), each finally mixed with the other, so that
 * every output bit depends on both.
 */
export function hashText53(text: string): number {
  let fnv = 0x811c9dc5;
  let murmur = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    murmur = Math.imul(murmur ^ code, 0x5bd1e995);
  }
  // A bijection of the 64 bits of state (Murmur3's finaliser constants), then 32 + 21 bits kept.
  fnv = Math.imul(fnv ^ (fnv >>> 16), 0x85ebca6b);
  fnv ^= Math.imul(murmur ^ (murmur >>> 13), 0xc2b2ae35);
  murmur = Math.imul(murmur ^ (murmur >>> 16), 0x85ebca6b);
  murmur ^= Math.imul(fnv ^ (fnv >>> 13), 0xc2b2ae35);
  return (murmur & 0x1fffff) * 0x100000000 + (fnv >>> 0);
}

/** The digest of one part's pairs: one pass over them, then a hash per distinct text. */
export function digestTranslations(files: readonly CheckFile[]): TranslationDigest {
  const first = firstTargets(files);
  const sources = new Float64Array(first.size);
  const targets = new Float64Array(first.size);
  let index = 0;
  // `forEach`, not `for…of`: V8 puts a `for…of` body in a try block (to close the iterator),
  // where the inlined hash loops ran 2× slower (digest 197 → 156 ms at 125 000 pairs).
  first.forEach((target, source) => {
    sources[index] = hashText53(source);
    targets[index] = target === null ? Number.NaN : hashText53(target);
    index++;
  });
  return { sources, targets };
}

/** Hashes of the sources translated more than one way over all parts: a hash that two parts give different target hashes, or that a part marks NaN. */
export function variedSources(digests: readonly TranslationDigest[]): Set<number> {
  const targetOf = new Map<number, number>();
  const varied = new Set<number>();
  for (const { sources, targets } of digests) {
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      const target = targets[i]!;
      if (Number.isNaN(target)) {
        varied.add(source);
        continue;
      }
      const first = targetOf.get(source);
      if (first === undefined) targetOf.set(source, target);
      else if (first !== target) varied.add(source);
    }
  }
  return varied;
}

/** In file order, the uses of sources whose hash is in `varied`, with the file each comes from. */
export function usesOfVaried(
  files: readonly CheckFile[],
  varied: ReadonlySet<number>,
): Array<InconsistentUse & { file: CheckFile }> {
  if (varied.size === 0) return [];
  return usesWhere(files, (source) => varied.has(hashText53(source)));
}
