// The `inconsistent` check computed over parts of a language's files (one part per worker
// thread), with a compact exchange instead of every (source, target) pair:
//   1. each part digests its pairs into hashes (`digestLanguages`, every language at once);
//   2. the digests are merged into the hashes of sources translated more than one way
//      (`variedSources`);
//   3. each part returns the uses of those sources only (`usesOfVaried`);
//   4. the uses, put back in file order, are judged exactly as the whole-language check does
//      (`judgeUses` in inconsistent.ts).
//
// Hash collisions: two sources with one hash (even within one digest, where they share an entry)
// only cost work, since their uses are gathered together and `judgeUses` tells them apart by the
// real text. Two different translations of one source in different parts with one hash (odds
// about 2^-53 a pair) would look alike and hide that finding; within a part targets are compared
// as text.

import { getOrCreate } from '../collections.js';
import type { InconsistentUse } from './inconsistent.js';
import { normaliseSpace } from './text/space.js';
import type { CheckFile } from './types.js';

export type { InconsistentUse } from './inconsistent.js';

/** What one part of a language's files says about its translations: numbers only, cheap to post. */
export interface TranslationDigest {
  /** Per distinct hash of a normalised source of the part (hashText53), in first-use order. */
  sources: Float64Array;
  /** At the same index: the hash of the source's first normalised target in the part, or NaN when the part itself translates it two ways. */
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
  return finish53(fnv, murmur);
}

/** A bijection of the 64 bits of state (Murmur3's finaliser constants), then 32 + 21 bits kept. */
function finish53(fnv: number, murmur: number): number {
  fnv = Math.imul(fnv ^ (fnv >>> 16), 0x85ebca6b);
  fnv ^= Math.imul(murmur ^ (murmur >>> 13), 0xc2b2ae35);
  murmur = Math.imul(murmur ^ (murmur >>> 16), 0x85ebca6b);
  murmur ^= Math.imul(fnv ^ (fnv >>> 13), 0xc2b2ae35);
  return (murmur & 0x1fffff) * 0x100000000 + (fnv >>> 0);
}

/** Whitespace but the plain space, as `isSpace` and `\s` match it. */
const OTHER_SPACE = /[^\S ]/;

/**
 * `hashText53(text)` when normaliseSpace leaves the text as it is, else -1: one walk instead of
 * normaliseSpace's and the hash's. The walk is kept free of branches that text makes hard to
 * predict (a branch at each space cost 1.6× the hash alone; branch-free, 1.2×): a space is
 * counted by arithmetic, and characters that might be other whitespace are only noted, to be
 * looked for after the walk (Latin, Greek, Cyrillic or Arabic text has none).
 */
function hashIfNormal(text: string): number {
  const last = text.length - 1;
  let fnv = 0x811c9dc5;
  let murmur = 0x9e3779b9;
  let previousSpace = 0;
  let doubledSpace = 0;
  let unusual = false;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0xa0 || code >= 0x1680) unusual = true;
    // 1 for a space, else 0: (code ^ 0x20) - 1 is negative for a space only; >>> 31 keeps the sign.
    const space = ((code ^ 0x20) - 1) >>> 31;
    doubledSpace |= previousSpace & space;
    previousSpace = space;
    fnv = Math.imul(fnv ^ code, 0x01000193);
    murmur = Math.imul(murmur ^ code, 0x5bd1e995);
  }
  if (doubledSpace !== 0 || previousSpace !== 0 || text.charCodeAt(0) === 0x20) return -1;
  if (unusual && OTHER_SPACE.test(text)) return -1;
  return finish53(fnv, murmur);
}

/** The hash of the whitespace-normalised text, or NaN when that is empty. */
function hashNormalised(text: string): number {
  if (text === '') return Number.NaN;
  const hash = hashIfNormal(text);
  if (hash >= 0) return hash;
  const normal = normaliseSpace(text);
  return normal === '' ? Number.NaN : hashText53(normal);
}

/** Per key of a source file: the hash of its whitespace-normalised text, or NaN when that is empty. */
type SourceHashes = Map<string, number>;

function hashSources(source: ReadonlyMap<string, string>): SourceHashes {
  const hashes: SourceHashes = new Map();
  source.forEach((text, key) => {
    hashes.set(key, hashNormalised(text));
  });
  return hashes;
}

/**
 * One language's digest as it is built: an entry per distinct source hash, in first-use order,
 * found by open addressing on the hash's low 32 bits (already well mixed). A Map keyed by the
 * hashes (non-Smi numbers) made the digests ~30% slower.
 */
class DigestBuilder {
  /** Per slot: 1 + the entry whose source hash is there, or 0. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly sources: Float64Array;
  private readonly targets: Float64Array;
  /** Per entry: its first target, normalised, or null once it is translated another way too. */
  private readonly firstTargets: Array<string | null> = [];
  private size = 0;

  /** For at most `pairs` pairs. */
  constructor(pairs: number) {
    let capacity = 16;
    while (capacity < pairs * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.sources = new Float64Array(pairs);
    this.targets = new Float64Array(pairs);
  }

  /** A pair: `value` is the target as written, not empty. */
  add(sourceHash: number, value: string): void {
    const { slots, mask, sources } = this;
    let slot = (sourceHash >>> 0) & mask;
    for (let held = slots[slot]!; held !== 0; held = slots[slot]!) {
      if (sources[held - 1] === sourceHash) {
        this.compare(held - 1, value);
        return;
      }
      slot = (slot + 1) & mask;
    }
    let hash = hashIfNormal(value);
    let normal = value;
    if (hash < 0) {
      normal = normaliseSpace(value);
      if (normal === '') return;
      hash = hashText53(normal);
    }
    const entry = this.size++;
    slots[slot] = entry + 1;
    sources[entry] = sourceHash;
    this.targets[entry] = hash;
    this.firstTargets.push(normal);
  }

  /** Another pair of an entry's source hash. Texts, not hashes: within a part a NaN mark is exact. */
  private compare(entry: number, value: string): void {
    const first = this.firstTargets[entry];
    // A much-used sentence is mostly translated alike: equal as written, it needs no normalising.
    if (first === null || value === first) return;
    const normal = normaliseSpace(value);
    if (normal === '' || normal === first) return;
    this.firstTargets[entry] = null;
    this.targets[entry] = Number.NaN;
  }

  digest(): TranslationDigest {
    return { sources: this.sources.slice(0, this.size), targets: this.targets.slice(0, this.size) };
  }
}

function digestLanguage(
  files: readonly CheckFile[],
  hashesOf: (source: ReadonlyMap<string, string>) => SourceHashes,
): TranslationDigest {
  let pairs = 0;
  for (const file of files) pairs += file.target?.size ?? 0;
  const builder = new DigestBuilder(pairs);
  for (const file of files) {
    if (!file.target) continue;
    const sourceHashes = hashesOf(file.source);
    // `forEach`, not `for…of`: V8 puts a `for…of` body in a try block (to close the iterator),
    // where the inlined hash loops ran 2× slower.
    file.target.forEach((value, key) => {
      const sourceHash = sourceHashes.get(key);
      if (sourceHash !== undefined && !Number.isNaN(sourceHash) && value !== '') {
        builder.add(sourceHash, value);
      }
    });
  }
  return builder.digest();
}

/**
 * By language, the digest of its files' pairs (as `digestTranslations` gives it). A namespace's
 * source file is shared by its languages: its texts are normalised and hashed once.
 */
export function digestLanguages(files: readonly CheckFile[]): Record<string, TranslationDigest> {
  const hashesBySource = new Map<ReadonlyMap<string, string>, SourceHashes>();
  const hashesOf = (source: ReadonlyMap<string, string>) =>
    getOrCreate(hashesBySource, source, () => hashSources(source));
  const byLanguage = new Map<string, CheckFile[]>();
  for (const file of files) getOrCreate(byLanguage, file.lang, () => []).push(file);
  const digests: Record<string, TranslationDigest> = {};
  for (const [lang, group] of byLanguage) digests[lang] = digestLanguage(group, hashesOf);
  return digests;
}

/** The digest of one part of a language's files: its pairs' hashes, one pass over them. */
export function digestTranslations(files: readonly CheckFile[]): TranslationDigest {
  return digestLanguage(files, hashSources);
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

/**
 * In file order, the uses of sources whose hash is in `varied`, with the file each comes from;
 * both texts whitespace normalised, pairs with either empty left out. Only the uses kept are
 * normalised.
 */
export function usesOfVaried(
  files: readonly CheckFile[],
  varied: ReadonlySet<number>,
): Array<InconsistentUse & { file: CheckFile }> {
  const uses: Array<InconsistentUse & { file: CheckFile }> = [];
  if (varied.size === 0) return uses;
  for (const file of files) {
    const { ns, source, target } = file;
    target?.forEach((value, key) => {
      const raw = source.get(key);
      if (raw === undefined) return;
      const hash = hashNormalised(raw);
      if (Number.isNaN(hash) || !varied.has(hash)) return;
      const normal = normaliseSpace(value);
      if (normal !== '') uses.push({ ns, key, source: normaliseSpace(raw), target: normal, file });
    });
  }
  return uses;
}
