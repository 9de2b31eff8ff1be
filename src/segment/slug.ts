// Readable ASCII slugs and short content hashes for keys.

import { createHash } from 'node:crypto';

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
  const words = foldAscii(text).match(/[a-z0-9]+/gu) ?? [];
  let slug = '';
  for (const word of words.slice(0, maxWords)) {
    const next = slug ? `${slug}-${word}` : word;
    if (slug && next.length > maxLength) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}

/** A short hex digest of `text`; `length` grows only to break a rare clash. */
export function hashText(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
