// What `tolk glossary check` and `tolk glossary list` print: plain data and plain text, so the
// CLI only chooses where it goes.

import { formatPosition } from '../errors.js';
import type { Glossary, GlossaryTerm } from '../types.js';
import { glossaryForms } from './forms.js';
import { matchTerms } from './match.js';
import { pinFor } from './pins.js';
import type { GlossaryProblem } from './problems.js';

export interface PinRow {
  term: string;
  forms: string[];
  keep: boolean;
  /** The pinned form in the language; undefined when the term has none there. */
  base?: string;
  /** The possessive used for a Swedish genitive. */
  genitive?: string;
  note?: string;
}

/** The resolved pin of every term in `lang` (`en-GB` falls back to `en`), in file order. */
export function listGlossaryPins(glossary: Glossary, lang: string): PinRow[] {
  return glossary.terms.map((term) => {
    const base = pinFor(term, lang, false);
    const genitive = pinFor(term, lang, true);
    return {
      term: term.term,
      forms: term.forms,
      keep: term.keep,
      ...(base === undefined ? {} : { base }),
      ...(genitive === undefined ? {} : { genitive }),
      ...(term.note === undefined ? {} : { note: term.note }),
    };
  });
}

/** An aligned three-column table: Swedish (with forms) → pin → possessive. */
export function formatPinTable(rows: PinRow[], lang: string): string {
  const cells = rows.map((row) => [
    row.forms.length > 0 ? `${row.term} (${row.forms.join(', ')})` : row.term,
    row.base === undefined ? '— (no pin)' : row.keep ? `${row.base} (kept)` : row.base,
    row.genitive ?? '',
  ]);
  const header = ['sv', lang, 'possessive'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

/** `file:line:col: error: message`, one problem a line, errors first. */
export function formatGlossaryProblems(
  errors: GlossaryProblem[],
  warnings: GlossaryProblem[],
): string {
  return [
    ...errors.map((p) => `${formatPosition(p.position)}: error: ${p.message}`),
    ...warnings.map((p) => `${formatPosition(p.position)}: warning: ${p.message}`),
  ].join('\n');
}

export interface TermOverlap {
  /** The term whose form contains another term. */
  outer: GlossaryTerm;
  form: string;
  inner: GlossaryTerm;
}

/**
 * Terms inside other terms' forms (`AP` in `AP/TT`, `Putin` in `Vladimir Putin` when both are
 * terms): legal, the longest match wins, but worth showing when a pin looks wrong.
 */
export function findTermOverlaps(glossary: Glossary): TermOverlap[] {
  const overlaps: TermOverlap[] = [];
  const others = (outer: GlossaryTerm): Glossary => ({
    file: glossary.file,
    terms: glossary.terms.filter((t) => t !== outer),
  });
  for (const outer of glossary.terms) {
    const rest = others(outer);
    for (const form of glossaryForms(outer)) {
      for (const match of matchTerms(form, rest)) overlaps.push({ outer, form, inner: match.term });
    }
  }
  return overlaps;
}
