// Temporary tolk projects for the reliability scenarios, without vitest, so the eval script can
// build the same projects as the tests.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const SEED_NS = 'xi-putin-samarkand';
export const SEED_FILE = join(REPO, 'content/sv', `${SEED_NS}.txt`);

export interface ProjectSpec {
  /** tolk.config.yaml; none when undefined. */
  config?: string;
  /** The repo's glossary.yaml (default), a glossary text, or none. */
  glossary?: boolean | string;
  /** Copy the seed article (default true). */
  seed?: boolean;
  /** Further files by relative path; a Uint8Array is written as bytes. */
  files?: Record<string, string | Uint8Array>;
}

export function createProject(spec: ProjectSpec = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-rel-'));
  mkdirSync(join(dir, 'content/sv'), { recursive: true });
  if (spec.seed !== false) cpSync(SEED_FILE, join(dir, 'content/sv', `${SEED_NS}.txt`));
  if (spec.glossary === undefined || spec.glossary === true) {
    cpSync(join(REPO, 'glossary.yaml'), join(dir, 'glossary.yaml'));
  } else if (typeof spec.glossary === 'string') {
    writeFileSync(join(dir, 'glossary.yaml'), spec.glossary);
  }
  if (spec.config !== undefined) writeFileSync(join(dir, 'tolk.config.yaml'), spec.config);
  for (const [path, content] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A copy of a project, for running the same starting point many times. */
export function copyProject(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-rel-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
