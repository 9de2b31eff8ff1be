// Finds a pin's forms in a translation exactly where targetPatternSource's pattern would, but
// without compiling that pattern in the usual case. Its edge guards are Unicode-property
// lookarounds, and V8 takes 0.4–1.6 ms to compile each one per subject width. A run verifies
// against a couple of hundred pins, which made compiling them the largest part of verification.

import { getOrCreate } from '../collections.js';
import { touchesAfter, touchesBefore } from './edge-touch.js';
import { type EdgeGuard, targetAlternatives, targetPatternSource } from './target-pattern.js';

/**
 * The guarded pattern's matches, found as the unguarded pattern's matches that pass the guards.
 *
 * Exact, not a heuristic: wherever the guarded pattern matches, the unguarded one does too, so
 * its candidates are searched in the same order. When every alternative shares its guards, a
 * candidate whose start touches a letter fails every alternative there; one whose end is clear
 * is the guarded pattern's own first match there. Only a candidate whose end touches a letter
 * (`Putin'` in `Putin's`, where a longer alternative may still succeed) needs the guarded
 * pattern, compiled then, and run at that one position.
 */
export class PinnedFormFinder {
  readonly #loose: RegExp;
  readonly #source: string;
  readonly #before: EdgeGuard;
  readonly #after: EdgeGuard;
  #guarded: RegExp | undefined;
  /** Where the last match found starts and ends. */
  start = 0;
  end = 0;

  constructor(forms: readonly string[], lang: string) {
    const alternatives = targetAlternatives(forms, lang);
    this.#source = targetPatternSource(forms, lang);
    const [first] = alternatives;
    const shared =
      first !== undefined &&
      alternatives.every((a) => a.before === first.before && a.after === first.after);
    if (shared) {
      this.#loose = new RegExp(alternatives.map((a) => a.body).join('|'), 'gu');
      this.#before = first.before;
      this.#after = first.after;
    } else {
      // Guards differ between alternatives: no shortcut is exact, so search with the full pattern.
      this.#loose = new RegExp(this.#source || '(?!)', 'gu');
      this.#before = 'none';
      this.#after = 'none';
    }
  }

  /** The next match at or after `from`: true with `start`/`end` set, or false. */
  find(text: string, from: number): boolean {
    const loose = this.#loose;
    loose.lastIndex = from;
    for (;;) {
      const match = loose.exec(text);
      if (match === null) return false;
      const start = match.index;
      if (this.#before !== 'none' && touchesBefore(this.#before, text, start)) {
        loose.lastIndex = nextCodePoint(text, start);
        continue;
      }
      let end = start + match[0].length;
      if (this.#after !== 'none' && touchesAfter(this.#after, text, end)) {
        const guarded = this.#guardedPattern();
        guarded.lastIndex = start;
        const exact = guarded.exec(text);
        if (exact === null) {
          loose.lastIndex = nextCodePoint(text, start);
          continue;
        }
        end = start + exact[0].length;
      }
      this.start = start;
      this.end = end;
      return true;
    }
  }

  /** Every match, in order, as `matchAll` on the guarded pattern would give them. */
  findAll(text: string): Array<[start: number, end: number]> {
    const found: Array<[number, number]> = [];
    let from = 0;
    while (from <= text.length && this.find(text, from)) {
      found.push([this.start, this.end]);
      from = this.end === this.start ? nextCodePoint(text, this.end) : this.end;
    }
    return found;
  }

  #guardedPattern(): RegExp {
    this.#guarded ??= new RegExp(this.#source, 'uy');
    return this.#guarded;
  }
}

/** One code point on from `index`, as a `u` pattern steps past a failed or empty match. */
export function nextCodePoint(text: string, index: number): number {
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}

// A run verifies every segment in every language against the same few pins, and the review page
// highlights them in every segment: one finder per language and set of forms, glossary-sized.
const finders = new Map<string, PinnedFormFinder>();

/** The finder for `forms` (already normalised) in `lang`, made once. */
export function pinnedFormFinder(forms: readonly string[], lang: string): PinnedFormFinder {
  const key = `${lang}\u0000${forms.join('\u0000')}`;
  return getOrCreate(finders, key, () => new PinnedFormFinder(forms, lang));
}
