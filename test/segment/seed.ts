// The seed article, read as the lead's reader hands it over (BOM-stripped, LF line ends).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../content/sv/xi-putin-samarkand.txt', import.meta.url));

export function readSeed(): string {
  return readFileSync(FILE, 'utf8')
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n');
}

/** The seed's blank-line-separated blocks (the seed has no blank line with spaces on it). */
export function readSeedBlocks(): string[] {
  return readSeed().split(/\n{2,}/u);
}
