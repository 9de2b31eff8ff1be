// Before a text goes to an engine, what it must not touch is replaced by tokens the engine keeps:
// glossary terms (unless the engine pins them natively), i18next placeholders, nesting and tags.

import { maskTerms, restoreTerms } from '../glossary/index.js';
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
  const originals: Array<{ token: string; text: string }> = [];
  let next = pins.length;
  const request = masked.replace(PLACEHOLDER, (found) => {
    // A token the text already holds (a source quoting `⟦0⟧`) would restore into the wrong place.
    while (text.includes(options.token(next))) next++;
    originals.push({ token: options.token(next++), text: found });
    return originals.at(-1)!.token;
  });
  return {
    request,
    restore(output) {
      let damaged = false;
      let restored = output;
      for (const original of originals) {
        if (!restored.includes(original.token)) damaged = true;
        restored = restored.replace(original.token, () => original.text);
      }
      const terms = restoreTerms(restored, pins, options.token);
      return { text: terms.text, damaged: damaged || terms.damaged.length > 0 };
    },
  };
}
