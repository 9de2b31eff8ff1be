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

export interface TrieNode {
  next: Map<string, TrieNode>;
  accept?: Accept;
}

/** Every run of whitespace (space, no-break space, line break) is one step in the trie. */
export const SPACE = ' ';

export function createTrieNode(): TrieNode {
  return { next: new Map() };
}

/** Folds a character for the trie: `’` reads as `'`; case only when `fold` (case-insensitive). */
export function trieChar(ch: string, fold: boolean): string {
  if (ch === '\u2019') return "'";
  if (!fold) return ch;
  const lower = ch.toLowerCase();
  // toLowerCase can lengthen a character (`İ`); keeping offsets 1:1 matters more than that case.
  return lower.length === ch.length ? lower : ch;
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
      for (const unit of isSpace(ch) ? SPACE : splitUnits(ch)) {
        const step = unit === SPACE ? SPACE : trieChar(unit, fold);
        let child = node.next.get(step);
        if (!child) {
          child = createTrieNode();
          node.next.set(step, child);
        }
        node = child;
      }
    }
    if (!node.accept || accept.rank < node.accept.rank) node.accept = accept;
  }
}

function splitUnits(ch: string): string[] {
  return ch.length === 1 ? [ch] : [...Array(ch.length).keys()].map((i) => ch[i]!);
}

export interface TrieHit {
  end: number;
  accept: Accept;
}

// The walk asks about every character of every source text: answer "is it whitespace" and "what
// does it fold to" from tables filled by `isSpace` and `trieChar`, once per UTF-16 code unit. A
// /\s/u test and a toLowerCase per character were most of the matcher's time.
const spaceUnits = new Uint8Array(0x10000);
const foldedUnits: (string | undefined)[] = [];

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

/** `trieChar(text[i], true)`, from the table. */
function foldedAt(text: string, i: number): string {
  const unit = text.charCodeAt(i);
  let folded = foldedUnits[unit];
  if (folded === undefined) {
    folded = trieChar(String.fromCharCode(unit), true);
    foldedUnits[unit] = folded;
  }
  return folded;
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
      node = node.next.get(SPACE);
      // Only a form that continues with a space may consume the run of whitespace.
      if (node) while (i < text.length && isSpaceAt(text, i)) i++;
    } else {
      node = node.next.get(fold ? foldedAt(text, i) : trieChar(text[i]!, false));
      i++;
    }
  }
  return best;
}
