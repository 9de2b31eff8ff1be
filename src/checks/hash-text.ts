import { hash } from 'node:crypto';

// Must equal hashText in src/locales/hash.ts (the lock's hash); kept here so checks stay pure of I/O modules.
// The one-shot form: a Hash object per text costs about 3× as much, and a run hashes every source.
export function hashText(text: string): string {
  const digest = hash('sha256', text, 'hex');
  // Two halves: a 16-character slice would keep the whole 64-character digest alive.
  return digest.slice(0, 8) + digest.slice(8, 16);
}
