// Finding every mask token of a text in one pass. Looking each token up on its own costs a scan of
// the text per token: quadratic on a long paragraph full of names (50 000 names in 400 KB: seconds).

import { escapeRegExp } from './escape-regexp.js';

/** Token index → where it occurs (start, end), non-overlapping, left to right. */
export type TokenSpans = Map<number, Array<[number, number]>>;

const PROBE = 90817;

/**
 * Every occurrence of `token(i)` for any i, when tokens have the shape prefix + index + suffix
 * (`⟦0⟧`, `<x id="0"/>`, all built-in ones); undefined for a token function of another shape,
 * where the caller falls back to looking each token up.
 */
export function scanTokens(text: string, token: (i: number) => string): TokenSpans | undefined {
  const shape = tokenShape(token);
  if (!shape) return undefined;
  const spans: TokenSpans = new Map();
  // Most texts hold no token at all: one substring search instead of a RegExp scan.
  if (!text.includes(shape.prefix)) return spans;
  for (const match of text.matchAll(shape.pattern)) {
    const digits = match[1]!;
    const index = Number(digits);
    // `⟦01⟧` is not token 1.
    if (String(index) !== digits) continue;
    const list = spans.get(index) ?? [];
    list.push([match.index, match.index + match[0].length]);
    spans.set(index, list);
  }
  return spans;
}

interface TokenShape {
  prefix: string;
  pattern: RegExp;
}

// A run scans every text with the same one or two token functions: read each one's shape once.
const shapes = new WeakMap<(i: number) => string, TokenShape | null>();

function tokenShape(token: (i: number) => string): TokenShape | undefined {
  let shape = shapes.get(token);
  if (shape === undefined) {
    shape = readTokenShape(token) ?? null;
    shapes.set(token, shape);
  }
  return shape ?? undefined;
}

function readTokenShape(token: (i: number) => string): TokenShape | undefined {
  const probe = token(PROBE);
  const at = probe.indexOf(String(PROBE));
  if (at <= 0) return undefined;
  const prefix = probe.slice(0, at);
  const suffix = probe.slice(at + String(PROBE).length);
  // Digits next to the index, or a suffix that could start the next token (`__1__2__`), would make
  // the boundaries ambiguous: those shapes are looked up token by token, as before.
  if (suffix === '' || /\d$/.test(prefix) || /^\d/.test(suffix)) return undefined;
  if (suffix.includes(prefix[0]!) || prefix.includes(suffix.at(-1)!)) return undefined;
  for (const i of [0, 7, 12]) if (token(i) !== `${prefix}${i}${suffix}`) return undefined;
  // matchAll copies the RegExp, so the shared one's lastIndex never moves.
  return {
    prefix,
    pattern: new RegExp(`${escapeRegExp(prefix)}(\\d+)${escapeRegExp(suffix)}`, 'gu'),
  };
}
