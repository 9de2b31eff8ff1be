// Finds glossary terms in Swedish text: every form, the derived genitives, at Unicode word
// boundaries, longest match first, never inside URLs, e-mail addresses, placeholders or tags.

import type { Glossary, GlossaryTerm, TermMatch } from '../types.js';
import { isBoundary, isWordChar } from './char-class.js';
import { findExcludedRanges, type Range } from './exclusions.js';
import { surfaceForms } from './forms.js';
import {
  createTrieNode,
  insertForm,
  isSpaceAt,
  type TrieHit,
  type TrieNode,
  trieUnit,
  walkTrie,
} from './term-trie.js';

interface Matcher {
  /** Case-sensitive terms, walked with the text as is. */
  exact: TrieNode;
  /** Case-insensitive terms, walked with the text lower-cased. */
  folded: TrieNode;
  /** Per UTF-16 unit, filled as met: 0 unknown, 1 no form starts with it, 2 some form may. */
  starts: Uint8Array;
  /**
   * A unit below JUDGED_UNITS some form starts with, or any unit above (`starts` judges those):
   * a regex search to the next one outruns a table lookup per character of the two-byte slices
   * of locale files.
   */
  mayStartAt: RegExp;
}

interface CachedMatcher {
  terms: GlossaryTerm[];
  count: number;
  matcher: Matcher;
}

// Built once per glossary object; rebuilt if its term list is replaced or grows.
const matchers = new WeakMap<Glossary, CachedMatcher>();

function matcherFor(glossary: Glossary): Matcher {
  const cached = matchers.get(glossary);
  if (cached && cached.terms === glossary.terms && cached.count === glossary.terms.length) {
    return cached.matcher;
  }
  const matcher: Matcher = {
    exact: createTrieNode(),
    folded: createTrieNode(),
    starts: new Uint8Array(0x10000),
    mayStartAt: /(?!)/g,
  };
  for (const term of glossary.terms) {
    for (const form of surfaceForms(term)) {
      const root = term.caseSensitive ? matcher.exact : matcher.folded;
      insertForm(root, form.text, !term.caseSensitive, {
        term,
        genitive: form.genitive,
        rank: form.rank,
        text: form.text,
      });
    }
  }
  matcher.mayStartAt = startsPattern(matcher);
  matchers.set(glossary, { terms: glossary.terms, count: glossary.terms.length, matcher });
  return matcher;
}

interface Candidate {
  start: number;
  hit: TrieHit;
}

/**
 * Every occurrence of a glossary term in `text`, in text order, not overlapping.
 *
 * - Forms: the term, its `forms`, and the Swedish genitive of each (`Kinas`, `SCO:s`).
 * - Boundaries: a match neither starts nor ends inside a word (`Samarkands` matches,
 *   `Samarkandbo` does not). A hyphen is a boundary, so in the compound `SCO-länder` SCO is
 *   present (and is pinned: the rest of the compound is the engine's to translate).
 * - Case: `caseSensitive` terms match as written; a lower-case one also capitalised (sentence start).
 * - Overlaps: the longest match wins (`Vladimir Putin` over `Putin`).
 * - Not a term inside a URL, an e-mail address, `{{…}}`, `$t(…)`, `{arg}` or a tag.
 *
 * Linear in the text length: the glossary is compiled once into a trie that is walked only from
 * word starts, and no regex that can backtrack is run over the text.
 */
export function matchTerms(text: string, glossary: Glossary): TermMatch[] {
  if (glossary.terms.length === 0 || text.length === 0) return [];
  const matcher = matcherFor(glossary);
  const { exact, folded } = matcher;
  const blocked = blockedPrefix(text.length, findExcludedRanges(text));
  const candidates: Candidate[] = [];
  // Skips to where a form may start; the units it stops at are a superset of those `mayStart`
  // lets through.
  const next = matcher.mayStartAt;
  next.lastIndex = 0;
  while (next.test(text)) {
    const i = next.lastIndex - 1;
    if (!mayStart(matcher, text, i)) continue;
    if (isSpaceAt(text, i) || (isWordChar(text, i) && !isBoundary(text, i))) continue;
    const a = exact.next.size > 0 ? walkTrie(exact, text, i, false, endsWord) : undefined;
    const b = folded.next.size > 0 ? walkTrie(folded, text, i, true, endsWord) : undefined;
    const hit = a && (!b || a.end >= b.end) ? a : b;
    if (!hit) continue;
    if (blocked && blocked[hit.end]! - blocked[i]! > 0) continue;
    candidates.push({ start: i, hit });
  }
  const matches: TermMatch[] = [];
  for (const { start, hit } of selectLongest(candidates, text.length)) {
    const { term, genitive } = hit.accept;
    matches.push({ term, start, end: hit.end, text: matchedText(text, start, hit), genitive });
  }
  return matches;
}

/**
 * What a match spells: the accepted form's own string when it is that (most are), so every
 * occurrence of a form shares one string. Pins are looked up by it in every target language,
 * and a lookup by a string met before skips hashing and comparing a new one.
 */
function matchedText(text: string, start: number, hit: TrieHit): string {
  const form = hit.accept.text;
  return hit.end - start === form.length && text.startsWith(form, start)
    ? form
    : text.slice(start, hit.end);
}

/** Whether a match may end before `end`: not inside a word. */
function endsWord(text: string, end: number): boolean {
  return !isWordChar(text, end - 1) || isBoundary(text, end);
}

/**
 * False when no form can start with text[i], so neither trie need be walked from there: most
 * word starts of a text are ruled out by this one table lookup. (The walk's first step, when
 * text[i] is not whitespace, is exactly this lookup.)
 */
function mayStart(matcher: Matcher, text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let known = matcher.starts[unit]!;
  if (known === 0) {
    const starts =
      matcher.exact.next.has(trieUnit(unit, false)) ||
      matcher.folded.next.has(trieUnit(unit, true));
    known = starts ? 2 : 1;
    matcher.starts[unit] = known;
  }
  return known === 2;
}

/** Below this every unit is judged when the matcher is made: Latin, where most text is. */
const JUDGED_UNITS = 0x300;

/** One unit where `mayStart` may be true: those below JUDGED_UNITS that are, and all others. */
function startsPattern(matcher: Matcher): RegExp {
  let judged = '';
  for (let unit = 0; unit < JUDGED_UNITS; unit++) {
    if (mayStart(matcher, String.fromCharCode(unit), 0)) judged += unitEscape(unit);
  }
  // Without the `u` flag: one UTF-16 unit at a time, surrogate halves included.
  return new RegExp(`[${judged}${unitEscape(JUDGED_UNITS)}-\\uffff]`, 'g');
}

/** For tests: the units a form may start with that the search for starts would pass over. */
export function unitsMissedByStartSearch(glossary: Glossary): number[] {
  const matcher = matcherFor(glossary);
  const missed: number[] = [];
  for (let unit = 0; unit < 0x10000; unit++) {
    const text = String.fromCharCode(unit);
    matcher.mayStartAt.lastIndex = 0;
    if (mayStart(matcher, text, 0) && !matcher.mayStartAt.test(text)) missed.push(unit);
  }
  return missed;
}

function unitEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** Prefix counts of excluded characters, so "does [a, b) touch an exclusion" is O(1). */
function blockedPrefix(length: number, ranges: Range[]): Int32Array | undefined {
  if (ranges.length === 0) return undefined;
  const marks = new Uint8Array(length);
  for (const [start, end] of ranges) marks.fill(1, start, end);
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = prefix[i]! + marks[i]!;
  return prefix;
}

// Marks the characters taken by chosen candidates; shared by every call and cleared after use,
// because a typed array per text was much of the selection's cost.
let taken = new Uint8Array(1024);

/**
 * Longest first, then leftmost. Taken in that order, a candidate overlaps an accepted one
 * exactly when its first or last character is already taken, so each check is O(1).
 */
function selectLongest(candidates: Candidate[], length: number): Candidate[] {
  // Most texts hold one term or none: nothing can overlap.
  if (candidates.length < 2 || !overlapAny(candidates)) return candidates;
  // One candidate per start, so (length, start) orders them totally.
  const order = [...candidates].sort(longestThenLeftmost);
  if (taken.length < length) taken = new Uint8Array(Math.max(length, taken.length * 2));
  const chosen: Candidate[] = [];
  for (const c of order) {
    if (taken[c.start] || taken[c.hit.end - 1]) continue;
    taken.fill(1, c.start, c.hit.end);
    chosen.push(c);
  }
  for (const c of chosen) taken.fill(0, c.start, c.hit.end);
  return chosen.sort(leftmost);
}

// Comparators at module level: one closure per call is garbage (and, under tsx, a __name call).
function longestThenLeftmost(x: Candidate, y: Candidate): number {
  return y.hit.end - y.start - (x.hit.end - x.start) || x.start - y.start;
}

function leftmost(x: Candidate, y: Candidate): number {
  return x.start - y.start;
}

/** Whether any two candidates (in start order) overlap: if none do, every one is chosen. */
function overlapAny(candidates: Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) {
    if (candidates[i]!.start < candidates[i - 1]!.hit.end) return true;
  }
  return false;
}
