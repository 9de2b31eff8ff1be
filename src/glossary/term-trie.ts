// A character trie of every surface form of every glossary term, built once per glossary.
// Matching walks it from word starts only, so the work per position is bounded by the longest
// form and the whole text is scanned in linear time, whatever the input (issue 9).

import type { GlossaryTerm } from '../types.js';

export interface Accept {
  term: GlossaryTerm;
  genitive: boolean;
  /** Lower wins when two forms spell the same: written forms before derived ones. */
  rank: number;
  /** The form as inserted, which most matches spell exactly. */
  text: string;
}

/**
 * Steps are UTF-16 code units, folded as `trieUnit` does: a Map keyed by small integers looks up
 * faster than one keyed by the one-character strings of the text.
 */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /**
   * The step to the one child, when `next` holds exactly one (-1 otherwise), and that child:
   * most nodes are inside a single form's chain, and a compare is cheaper than a lookup.
   */
  onlyStep: number;
  only: TrieNode | undefined;
  accept?: Accept;
}

/** Every run of whitespace (space, no-break space, line break) is one step in the trie. */
export const SPACE = 0x20;

export function createTrieNode(): TrieNode {
  return { next: new Map(), onlyStep: -1, only: undefined };
}

/** The child of `node` for `step`, if any. */
function childOf(node: TrieNode, step: number): TrieNode | undefined {
  const only = node.onlyStep;
  if (only === step) return node.only;
  return only === -1 ? node.next.get(step) : undefined;
}

/** Folds a character for the trie: `’` reads as `'`; case only when `fold` (case-insensitive). */
export function trieChar(ch: string, fold: boolean): string {
  if (ch === '\u2019') return "'";
  if (!fold) return ch;
  const lower = ch.toLowerCase();
  // toLowerCase can lengthen a character (`İ`); keeping offsets 1:1 matters more than that case.
  return lower.length === ch.length ? lower : ch;
}

/** `trieChar` of one code unit, as a code unit (trieChar keeps a unit one unit long). */
export function trieUnit(unit: number, fold: boolean): number {
  return trieChar(String.fromCharCode(unit), fold).charCodeAt(0);
}

export function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

export function insertForm(root: TrieNode, text: string, fold: boolean, accept: Accept): void {
  // Both compositions: a source with decomposed å (a + ring) must still match `Åland`.
  for (const variant of new Set([text.normalize('NFC'), text.normalize('NFD')])) {
    let node = root;
    let lastWasSpace = false;
    for (const ch of variant) {
      if (isSpace(ch)) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
      } else lastWasSpace = false;
      // Iterate by code unit so the walk over the text (by index) follows the same steps.
      for (const step of isSpace(ch) ? [SPACE] : trieUnits(ch, fold)) {
        let child = node.next.get(step);
        if (!child) {
          child = createTrieNode();
          node.next.set(step, child);
          const alone = node.next.size === 1;
          node.onlyStep = alone ? step : -1;
          node.only = alone ? child : undefined;
        }
        node = child;
      }
    }
    if (!node.accept || accept.rank < node.accept.rank) node.accept = accept;
  }
}

function trieUnits(ch: string, fold: boolean): number[] {
  return [...Array(ch.length).keys()].map((i) => trieUnit(ch.charCodeAt(i), fold));
}

export interface TrieHit {
  end: number;
  accept: Accept;
}

// The walk asks about every character of every source text: answer "is it whitespace" and "what
// does it fold to" from tables filled by `isSpace` and `trieChar`, once per UTF-16 code unit. A
// /\s/u test and a toLowerCase per character were most of the matcher's time.
const spaceUnits = new Uint8Array(0x10000);
// The folded unit plus one: 0 is not known yet.
const foldedUnits = new Uint32Array(0x10000);

/** `isSpace(text[i])`, from the table. */
export function isSpaceAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let known = spaceUnits[unit]!;
  if (known === 0) {
    known = isSpace(String.fromCharCode(unit)) ? 1 : 2;
    spaceUnits[unit] = known;
  }
  return known === 1;
}

/** `trieUnit(text[i], true)`, from the table. */
function foldedAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  let folded = foldedUnits[unit]!;
  if (folded === 0) {
    folded = trieUnit(unit, true) + 1;
    foldedUnits[unit] = folded;
  }
  return folded - 1;
}

/** `trieUnit(text[i], false)`: only ’ changes. */
function exactAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit === 0x2019 ? 0x27 : unit;
}

/**
 * Walks the trie from `start` and returns the longest accepted form whose end is a word
 * boundary, or undefined. `atBoundary(text, end)` says whether a match may end before `end`.
 */
export function walkTrie(
  root: TrieNode,
  text: string,
  start: number,
  fold: boolean,
  atBoundary: (text: string, end: number) => boolean,
): TrieHit | undefined {
  let node: TrieNode | undefined = root;
  let i = start;
  let best: TrieHit | undefined;
  while (node) {
    if (node.accept && i > start && atBoundary(text, i)) best = { end: i, accept: node.accept };
    if (i >= text.length) break;
    if (isSpaceAt(text, i)) {
      node = childOf(node, SPACE);
      // Only a form that continues with a space may consume the run of whitespace.
      if (node) while (i < text.length && isSpaceAt(text, i)) i++;
    } else {
      node = childOf(node, fold ? foldedAt(text, i) : exactAt(text, i));
      i++;
    }
  }
  return best;
}
