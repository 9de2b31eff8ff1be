// After every translation, whatever the provider: is each pinned term of the source in the
// output, occurrence by occurrence?

import type { Glossary, GlossaryTerm, TermMatch } from '../types.js';
import { formOfMatch } from './forms.js';
import { matchTerms } from './match.js';
import { nextCodePoint, type PinnedFormFinder, pinnedFormFinder } from './pinned-form-finder.js';
import { pinFor, pinForMatch } from './pins.js';
import { normaliseForSearch } from './target-pattern.js';

export interface UnpinnedTerm {
  term: GlossaryTerm;
  /** The source occurrence that has no pinned counterpart in the translation. */
  match: TermMatch;
  /** What the translation should contain for it. */
  expected: string;
}

interface Group {
  /** The pin of the first occurrence: its key and form count, and its finder serves alone. */
  first: OccurrencePin;
  /** Further forms that count (another occurrence's possessive), when there are any. */
  more: string[] | undefined;
  /** The occurrences, in text order. */
  matches: TermMatch[];
}

/**
 * Each source occurrence of a glossary term whose pinned form is missing from `targetText`.
 *
 * Counting: two `Putin` in the source need two `Putin` in the translation. Occurrences are
 * grouped by pin, and longer pins claim their places in the translation first, so the `Putin`
 * inside `Vladimir Putin` is not counted twice. When a group is short, its last occurrences
 * are reported. A translation that shortens a repeated `Vladimir Putin` to `Putin` is reported
 * too: the pin is what the glossary promises, and the check's severity is the place to relax it.
 *
 * Forms that count: the pin as written (a lower-case pin also capitalised), with the endings
 * the language puts on names (en `'s`/`'`, de `s`/`es`/`'`, Nordic `s`/`'`); in languages with
 * noun cases (uk, ru, pl, fi, …) each word of the pin from its stem (`Путіна`, `Москві`).
 * A `keep` term must appear as written: `SCO` spelt out as `Shanghai Cooperation Organisation`
 * is a failure.
 */
export function findUnpinnedTerms(
  sourceText: string,
  targetText: string,
  glossary: Glossary,
  lang: string,
  /** The glossary matches of `sourceText`, when the caller has them already. */
  matches: readonly TermMatch[] = matchTerms(sourceText, glossary),
): UnpinnedTerm[] {
  if (matches.length === 0) return [];
  // A text holds a few terms: a list searched by key is cheaper than a map per translation.
  const groups: Group[] = [];
  for (const match of matches) {
    const pin = pinOf(match, lang);
    if (pin === undefined) continue;
    const group = groupWithKey(groups, pin.key);
    if (group === undefined) groups.push({ first: pin, more: undefined, matches: [match] });
    else {
      if (!countsForm(group, pin.form)) {
        group.more ??= [];
        group.more.push(pin.form);
      }
      group.matches.push(match);
    }
  }
  if (groups.length === 0) return [];
  const target = normaliseForSearch(targetText);
  // One group's matches never overlap each other: only several groups need to mark their claims.
  const claimed = groups.length > 1 ? claimBuffer(target.length) : undefined;
  const missing: UnpinnedTerm[] = [];
  if (groups.length > 1) sortLongerKeyFirst(groups);
  for (const group of groups) {
    const found = claimOccurrences(target, group, lang, claimed);
    for (let i = found; i < group.matches.length; i++) {
      const match = group.matches[i]!;
      // Grouped, so it has a pin (cached): looked up again only for what is reported.
      missing.push({ term: match.term, match, expected: pinOf(match, lang)!.expected });
    }
  }
  return missing.length > 1 ? missing.sort(inSourceOrder) : missing;
}

/**
 * Longer keys first, in place and stably (this call's own groups). By insertion: a text holds a
 * few groups, and Array#sort cost more to set up than to sort them.
 */
function sortLongerKeyFirst(groups: Group[]): void {
  for (let i = 1; i < groups.length; i++) {
    const group = groups[i]!;
    const length = group.first.key.length;
    let j = i;
    for (; j > 0 && groups[j - 1]!.first.key.length < length; j--) groups[j] = groups[j - 1]!;
    groups[j] = group;
  }
}

// A comparator at module level: a closure per call is garbage on every translation.
function inSourceOrder(a: UnpinnedTerm, b: UnpinnedTerm): number {
  return a.match.start - b.match.start;
}

function groupWithKey(groups: Group[], key: string): Group | undefined {
  for (const group of groups) if (group.first.key === key) return group;
  return undefined;
}

/** Whether `form` is among the group's forms already. */
function countsForm(group: Group, form: string): boolean {
  const { first, more } = group;
  return form === first.key || form === first.form || (more?.includes(form) ?? false);
}

interface OccurrencePin {
  /** What the translation should contain. */
  expected: string;
  /** The non-possessive pin, normalised: occurrences with the same one are counted together. */
  key: string;
  /** `expected`, normalised. */
  form: string;
  /** The finder of a group of this pin alone (forms `key` and `form`), made when first used. */
  finder?: PinnedFormFinder;
}

// An occurrence's pin depends only on its term, text, genitive and the language, and a corpus
// repeats the same few names thousands of times: work each out once.
// Keyed term → language → genitive or not → occurrence text: every lookup is on existing strings.
type PinsByText = Map<string, OccurrencePin | null>;
const occurrencePins = new WeakMap<GlossaryTerm, Map<string, [PinsByText, PinsByText]>>();

function pinOf(match: TermMatch, lang: string): OccurrencePin | undefined {
  let byTerm = occurrencePins.get(match.term);
  if (!byTerm) {
    byTerm = new Map();
    occurrencePins.set(match.term, byTerm);
  }
  let byLang = byTerm.get(lang);
  if (!byLang) {
    byLang = [new Map(), new Map()];
    byTerm.set(lang, byLang);
  }
  const byText = byLang[match.genitive ? 1 : 0];
  let pin = byText.get(match.text);
  if (pin === undefined) {
    const expected = pinForMatch(match, lang);
    pin =
      expected === undefined
        ? null
        : {
            expected,
            key: normaliseForSearch(basePin(match, lang) ?? expected),
            form: normaliseForSearch(expected),
          };
    byText.set(match.text, pin);
  }
  return pin ?? undefined;
}

/** The non-possessive pin of an occurrence, capitalised like the occurrence. */
function basePin(match: TermMatch, lang: string): string | undefined {
  if (!match.genitive) return pinForMatch(match, lang);
  return (
    pinForMatch({ ...match, genitive: false, text: baseText(match) }, lang) ??
    pinFor(match.term, lang, false, formOfMatch(match))
  );
}

/** `Kinas` → `Kina`, `SCO:s` → `SCO`: the occurrence without its Swedish genitive ending. */
function baseText(match: TermMatch): string {
  return match.text.replace(/:?s$/, '');
}

/** A group's finder; one that holds its first pin's forms alone (most do) keeps it on the pin. */
function groupFinder(group: Group, lang: string): PinnedFormFinder {
  const { first, more } = group;
  if (more !== undefined) return pinnedFormFinder([...pinForms(first), ...more], lang);
  first.finder ??= pinnedFormFinder(pinForms(first), lang);
  return first.finder;
}

/** The forms an occurrence's pin counts by itself: its key and, if it differs, its form. */
function pinForms(pin: OccurrencePin): string[] {
  return pin.form === pin.key ? [pin.key] : [pin.key, pin.form];
}

/** Claims up to the group's count of unclaimed places in `target`; returns how many. */
function claimOccurrences(
  target: string,
  group: Group,
  lang: string,
  claimed: Uint8Array | undefined,
): number {
  const finder = groupFinder(group, lang);
  let found = 0;
  let from = 0;
  // Stop as soon as the count is reached, without searching the rest of the text.
  while (found < group.matches.length && finder.find(target, from)) {
    const { start, end } = finder;
    from = end === start ? nextCodePoint(target, end) : end;
    if (claimed) {
      if (isClaimed(claimed, start, end)) continue;
      claimed.fill(1, start, end);
    }
    found++;
  }
  return found;
}

// Every translation of a run (every entry `tolk check` reads) may need one: a buffer per call was
// tens of megabytes of short-lived typed arrays per 500 articles. Only its first `length` bytes count.
let claims = new Uint8Array(1024);

/** The shared claim buffer, at least `length` long, its first `length` bytes unclaimed. */
function claimBuffer(length: number): Uint8Array {
  if (claims.length < length) claims = new Uint8Array(Math.max(length, claims.length * 2));
  else claims.fill(0, 0, length);
  return claims;
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
  return false;
}
