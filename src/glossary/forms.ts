// The Swedish surface forms a glossary term is found under: as written, its listed forms, and
// the genitive of each, which Swedish makes regularly enough to derive instead of listing.

import type { GlossaryTerm, TermMatch } from '../types.js';

export interface SurfaceForm {
  /** What is searched for in the text. */
  text: string;
  /** The glossary form (the term or one of its `forms`) it derives from. */
  form: string;
  genitive: boolean;
  /** 0 as written, 1 capitalised, 2 genitive, 3 capitalised genitive: lower wins a tie. */
  rank: number;
}

/**
 * Swedish genitives of a form: `Putin` → `Putins`, `SCO` → `SCO:s` (and the common `SCOs`),
 * `C++` → `C++:s`. A form ending in s, x or z takes no ending (`Belarus president`), so it has
 * no separate genitive form and its occurrences count as base forms.
 */
export function swedishGenitives(form: string): string[] {
  const last = form.at(-1) ?? '';
  if (/[sxz]/i.test(last) && /\p{L}/u.test(last)) return [];
  if (/\p{Lu}/u.test(last) && isAcronymEnd(form)) return [`${form}:s`, `${form}s`];
  if (!/\p{L}/u.test(last)) return [`${form}:s`];
  return [`${form}s`];
}

/** `SCO`, `AP/TT`: the last word is in capitals (a name such as `McD` would not be). */
function isAcronymEnd(form: string): boolean {
  const lastWord = form.split(/[^\p{L}\p{N}]+/u).at(-1) ?? '';
  return lastWord.length > 0 && lastWord === lastWord.toUpperCase();
}

/** The term followed by its listed forms, each once. */
export function glossaryForms(term: GlossaryTerm): string[] {
  return [...new Set([term.term, ...term.forms])];
}

/** `toppmöte` → `Toppmöte`: a lower-case term still matches at the start of a sentence. */
export function capitaliseFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const ch = String.fromCodePoint(first);
  return ch.toUpperCase() + text.slice(ch.length);
}

export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/**
 * The genitives matched in text: the regular ones, and `X:s` for any form, since writers put
 * a colon after names that look foreign or short (`Xi:s`), and it is never anything else.
 */
function matchedGenitives(form: string): string[] {
  const regular = swedishGenitives(form);
  return regular.length === 0 ? [] : [...new Set([...regular, `${form}:s`])];
}

/** Every surface form of a term, explicit forms before derived genitives. */
export function surfaceForms(term: GlossaryTerm): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  const add = (form: string, text: string, genitive: boolean) => {
    const rank = genitive ? 2 : 0;
    out.push({ form, text, genitive, rank });
    // Case-sensitive lower-case terms also match capitalised at a sentence start.
    if (term.caseSensitive && startsLowerCase(text)) {
      out.push({ form, text: capitaliseFirst(text), genitive, rank: rank + 1 });
    }
  };
  const forms = glossaryForms(term);
  for (const form of forms) {
    // A listed form that is the genitive of another (`forms: [Putins]`) is still a genitive.
    const base = forms.find((other) => other !== form && matchedGenitives(other).includes(form));
    add(base ?? form, form, base !== undefined);
  }
  for (const form of forms) {
    for (const genitive of matchedGenitives(form)) add(form, genitive, true);
  }
  return out;
}

/** The glossary form a match was made from, so the pin can follow it (`Putin` → `Путін`). */
export function formOfMatch(match: TermMatch): string {
  const { term } = match;
  const same = (a: string, b: string) =>
    term.caseSensitive ? a === b || capitaliseFirst(a) === b : a.toLowerCase() === b.toLowerCase();
  for (const form of glossaryForms(term)) {
    const texts = match.genitive ? matchedGenitives(form) : [form];
    if (texts.some((t) => same(t, match.text))) return form;
  }
  return term.term;
}
