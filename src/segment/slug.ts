// Readable ASCII slugs and short content hashes for keys.

import { hash } from 'node:crypto';

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

/** `Toppmötet för den` → `toppmotet for den`: lower-case, diacritics dropped (å→a, ä→a, ö→o, é→e). */
export function foldAscii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœđłþðı]/gu, (char) => SPECIAL[char] ?? char);
}

/** The first `maxWords` ASCII words of `text`, `-` joined, cut to about `maxLength` characters. */
export function slugify(text: string, maxWords = 4, maxLength = 36): string {
  let slug = '';
  for (const word of readAsciiWords(text, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (slug && next.length > maxLength) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}

/**
 * The first `count` words of `foldAscii(text).match(/[a-z0-9]+/g)`, reading the text only as far
 * as they reach. Folding works code point by code point: lower-casing depends on context only for
 * a final sigma (no ASCII letter either way), and the marks NFD reorders are all dropped. So each
 * code point is folded once, and a paragraph's words are read as its folded code points come.
 */
function readAsciiWords(text: string, count: number): string[] {
  const words: string[] = [];
  if (count <= 0) return words;
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const folded = foldCodePoint(code);
    for (let j = 0; j < folded.length; j++) {
      if (isAsciiWordCode(folded.charCodeAt(j))) {
        word += folded[j];
      } else if (word) {
        words.push(word);
        if (words.length === count) return words;
        word = '';
      }
    }
  }
  if (word) words.push(word);
  return words;
}

/** Folds of the code points seen so far; a text has few distinct ones. */
const FOLDED = new Array<string | undefined>(0x10000);

function foldCodePoint(code: number): string {
  if (code > 0xffff) return foldAscii(String.fromCodePoint(code)); // rare: not kept
  let folded = FOLDED[code];
  if (folded === undefined) {
    folded = foldAscii(String.fromCharCode(code));
    FOLDED[code] = folded;
  }
  return folded;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39); // a-z 0-9
}

/** Hex digits of a key's hash: enough to tell apart the few texts that share a base key. */
export const HASH_LENGTH = 6;

/** A short hex digest of `text` (a prefix of the longer ones); `length` grows only to break a rare clash. */
export function hashText(text: string, length = HASH_LENGTH): string {
  // The one-shot digest: a Hash object per call costs more than the hashing of a paragraph.
  return hash('sha256', text, 'hex').slice(0, length);
}
