// Temporary tolk projects on disk: the seed article, the repo's glossary, and a config.

import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
export const SEED = join(REPO, 'content/sv/xi-putin-samarkand.txt');
export const NS = 'xi-putin-samarkand';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface ProjectOptions {
  /** tolk.config.yaml contents; none when undefined. */
  config?: string;
  /** Copy the repo's glossary.yaml (default true). */
  glossary?: boolean | string;
  /** Copy the repo's committed locales and lock (default false). */
  locales?: boolean;
  files?: Record<string, string>;
}

export function makeProject(options: ProjectOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-test-'));
  made.push(dir);
  mkdirSync(join(dir, 'content/sv'), { recursive: true });
  cpSync(SEED, join(dir, 'content/sv', `${NS}.txt`));
  if (options.glossary !== false) {
    if (typeof options.glossary === 'string')
      writeFileSync(join(dir, 'glossary.yaml'), options.glossary);
    else if (existsSync(join(REPO, 'glossary.yaml')))
      cpSync(join(REPO, 'glossary.yaml'), join(dir, 'glossary.yaml'));
  }
  if (options.config !== undefined) writeFileSync(join(dir, 'tolk.config.yaml'), options.config);
  if (options.locales) {
    cpSync(join(REPO, 'locales'), join(dir, 'locales'), { recursive: true });
    cpSync(join(REPO, 'tolk.lock.json'), join(dir, 'tolk.lock.json'));
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
