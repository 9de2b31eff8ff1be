// Before a text goes to an engine, what it must not touch is replaced by tokens the engine keeps:
// glossary terms (unless the engine pins them natively), i18next placeholders, nesting and tags.

import { maskTerms, restoreTerms, scanTokens } from '../glossary/index.js';
import type { TermMatch } from '../types.js';

/** i18next interpolation and nesting, ICU arguments, and markup. */
const PLACEHOLDER =
  /\{\{[^{}]*\}\}|\$t\([^()]*\)|<\/?[A-Za-z][^<>]*>|\{[A-Za-z0-9_]+(?:,[^{}]*)?\}/g;

export interface ProtectedText {
  /** What the engine receives. */
  request: string;
  /** Puts the protected parts back; `damaged` lists tokens the engine lost or mangled. */
  restore(output: string): { text: string; damaged: boolean };
}

export interface ProtectOptions {
  lang: string;
  token: (index: number) => string;
  /** Glossary matches to mask, or none when the engine pins them itself. */
  terms: TermMatch[];
}

export function protectText(text: string, options: ProtectOptions): ProtectedText {
  const { masked, pins } = maskTerms(text, options.terms, options.lang, options.token);
  const originals = new Map<number, string>();
  const inText = scanTokens(text, options.token);
  const held = (i: number) => (inText ? inText.has(i) : text.includes(options.token(i)));
  let next = pins.length;
  const request = masked.replace(PLACEHOLDER, (found) => {
    // A token the text already holds (a source quoting `⟦0⟧`) would restore into the wrong place.
    while (held(next)) next++;
    originals.set(next, found);
    return options.token(next++);
  });
  return {
    request,
    restore(output) {
      const { text: restored, damaged } = restorePlaceholders(output, originals, options.token);
      const terms = restoreTerms(restored, pins, options.token);
      return { text: terms.text, damaged: damaged || terms.damaged.length > 0 };
    },
  };
}

/** Each placeholder back at the first place its token is; one pass over the output. */
function restorePlaceholders(
  output: string,
  originals: ReadonlyMap<number, string>,
  token: (index: number) => string,
): { text: string; damaged: boolean } {
  if (originals.size === 0) return { text: output, damaged: false };
  const scanned = scanTokens(output, token);
  if (!scanned) {
    let text = output;
    let damaged = false;
    for (const [index, original] of originals) {
      if (!text.includes(token(index))) damaged = true;
      text = text.replace(token(index), () => original);
    }
    return { text, damaged };
  }
  const spans: Array<[number, number, string]> = [];
  for (const [index, original] of originals) {
    const first = scanned.get(index)?.[0];
    if (first) spans.push([first[0], first[1], original]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let text = '';
  let last = 0;
  for (const [start, end, original] of spans) {
    text += output.slice(last, start) + original;
    last = end;
  }
  return { text: text + output.slice(last), damaged: spans.length < originals.size };
}
