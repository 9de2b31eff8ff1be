import { createHash } from 'node:crypto';

// Must equal hashText in src/locales/hash.ts (the lock's hash); kept here so checks stay pure of I/O modules.
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
