// Pseudo-localisation: makes untranslated UI text, truncation and hard-coded strings visible
// without a translation engine. Accented, expanded by about a third, bracketed.

import type { Provider, ProviderFactory } from './types.js';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Masked terms, i18next placeholders and tags pass through untouched. */
const PROTECTED = /⟦\d+⟧|\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]+>|https?:\/\/\S+/g;

export function pseudoLocalise(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += accent(text.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  out += accent(text.slice(last));
  const letters = text.replace(PROTECTED, '').replace(/[^\p{L}]/gu, '').length;
  const padding = '~'.repeat(Math.ceil(letters * 0.3));
  return `[${out}${padding ? ` ${padding}` : ''}]`;
}

function accent(text: string): string {
  let out = '';
  for (const char of text) out += ACCENTED[char] ?? char;
  return out;
}

export const createPseudoProvider: ProviderFactory = (): Provider => ({
  name: 'pseudo',
  capabilities: { offline: true, maxBatch: 500, concurrency: 1, maskToken: (i) => `⟦${i}⟧` },
  async translate(texts) {
    return texts.map(pseudoLocalise);
  },
});
