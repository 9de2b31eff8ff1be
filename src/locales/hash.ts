import { createHash } from 'node:crypto';

/** A short, stable fingerprint of a text: sha256, first 16 hex digits. Enough to tell edits apart, short enough to read in a diff. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
