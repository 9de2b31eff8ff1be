// Masking: each pinned term is replaced by a token the engine leaves alone, and the pinned
// target form is put back afterwards, so an engine without glossaries cannot mangle a name.

import type { TermMatch } from '../types.js';
import { escapeRegExp } from './escape-regexp.js';
import { pinForMatch } from './pins.js';
import { scanTokens } from './scan-tokens.js';

/**
 * The default token, `⟦0⟧`, `⟦1⟧`, …: MATHEMATICAL WHITE SQUARE BRACKETS around digits.
 * No letters, so nothing to translate, transliterate, inflect or accent; brackets engines pass
 * through as punctuation; characters that do not occur in news text, so no clash with it.
 * A provider that rewrites characters (pseudo-localisation) must skip `TERM_TOKEN_PATTERN`.
 */
export function termToken(index: number): string {
  return `⟦${index}⟧`;
}

/** Matches every default token in a text; providers that transform characters skip these. */
export const TERM_TOKEN_PATTERN = /⟦\d+⟧/g;

export interface MaskedText {
  masked: string;
  /** The pinned target form for token i. */
  pins: string[];
}

/**
 * Replaces each match that has a pin in `lang` with `token(i)`; matches without a pin stay as
 * they are (the engine translates them, the check reports them). When `text` already contains
 * one of the tokens it would use, or a token would run into its neighbours, nothing is masked
 * (`pins` is empty): restoring could not tell them apart.
 */
export function maskTerms(
  text: string,
  matches: TermMatch[],
  lang: string,
  token: (i: number) => string = termToken,
): MaskedText {
  // Nothing to mask (no terms, or an engine that pins them itself): the text as it is.
  if (matches.length === 0) return { masked: text, pins: [] };
  const ordered = [...matches].sort((a, b) => a.start - b.start);
  const present = scanTokens(text, token);
  for (let i = 0; i < ordered.length; i++) {
    if (present ? present.has(i) : text.includes(token(i))) return { masked: text, pins: [] };
  }
  let masked = '';
  let last = 0;
  const pins: string[] = [];
  const originals: string[] = [];
  for (const match of ordered) {
    if (match.start < last) continue;
    const pin = pinForMatch(match, lang);
    if (pin === undefined) continue;
    masked += text.slice(last, match.start) + token(pins.length);
    pins.push(pin);
    originals.push(match.text);
    last = match.end;
  }
  masked += text.slice(last);
  // A token can run into the text around it (`__0__` + `1` + `__1__` reads as `__1__` twice);
  // when the masked text does not restore to the source, masking is not safe for this text.
  const check = restoreTerms(masked, originals, token);
  if (check.text !== text || check.damaged.length > 0) return { masked: text, pins: [] };
  return { masked, pins };
}

export interface RestoredText {
  text: string;
  /** Token indices that came back missing or mangled beyond recognition. */
  damaged: number[];
}

/**
 * Puts `pins[i]` where `token(i)` is in the engine's output. A token the engine spaced or
 * dotted (`⟦ 1 ⟧`, `⟦1.⟧` — Apertium does the latter) is still recognised; one that is gone or
 * changed otherwise is listed in `damaged`, and the caller retries that text unmasked.
 */
export function restoreTerms(
  translated: string,
  pins: string[],
  token: (i: number) => string = termToken,
): RestoredText {
  if (pins.length === 0) return { text: translated, damaged: [] };
  const taken = new Uint8Array(translated.length);
  const spans: { start: number; end: number; index: number }[] = [];
  const damaged: number[] = [];
  // Longer tokens first, so `⟦1⟧` is never found inside `⟦10⟧` for tokens that nest.
  const order = pins.map((_, i) => i).sort((a, b) => token(b).length - token(a).length || a - b);
  const scanned = scanTokens(translated, token);
  for (const index of order) {
    const exact = scanned?.get(index)?.filter(([start, end]) => !taken[start] && !taken[end - 1]);
    const found = exact?.length ? exact : findToken(translated, token(index), taken);
    if (found.length === 0) damaged.push(index);
    for (const [start, end] of found) {
      taken.fill(1, start, end);
      spans.push({ start, end, index });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let text = '';
  let last = 0;
  for (const span of spans) {
    text += translated.slice(last, span.start) + pins[span.index];
    last = span.end;
  }
  return { text: text + translated.slice(last), damaged: damaged.sort((a, b) => a - b) };
}

function findToken(text: string, token: string, taken: Uint8Array): [number, number][] {
  const free = (start: number, end: number) => !taken[start] && !taken[end - 1];
  const exact: [number, number][] = [];
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) {
    if (free(at, at + token.length)) exact.push([at, at + token.length]);
  }
  if (exact.length > 0 || token.length < 2) return exact;
  // Whitespace or stray . , : between the token's characters; each gap is a single class run,
  // so the regex cannot backtrack badly.
  const loose = new RegExp([...token].map(escapeRegExp).join('[\\s.,:]*'), 'gu');
  const found: [number, number][] = [];
  for (const m of text.matchAll(loose)) {
    if (free(m.index, m.index + m[0].length)) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}
