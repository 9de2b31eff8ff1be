// The translation state at a git ref: its content, locale files and lock are copied out of git into
// a temporary directory and read there with the very readers the working tree uses.

import { join, relative } from 'node:path';
import type { TolkConfig } from '../config/index.js';
import { UserError } from '../errors.js';
import { readSnapshot, type TranslationSnapshot } from '../status/index.js';
import { type GitBase, materialiseBase, resolveBase } from './git-base.js';

export async function readBaseSnapshot(
  config: TolkConfig,
  ref: string,
): Promise<{ base: GitBase; snapshot: TranslationSnapshot }> {
  const base = await resolveBase(config.root, ref);
  const paths = [config.content, config.locales, config.lock].map((p) => relative(config.root, p));
  const { dir, dispose } = await materialiseBase(config.root, base.commit, paths);
  try {
    const snapshot = await readSnapshot(configAt(config, dir));
    return { base, snapshot };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Name the file as it is in git, not in the temporary copy.
    const message = error.message.split(`${dir}/`).join(`${ref}:`).split(dir).join(ref);
    throw new UserError(`${message} (in the base ${ref})`, { cause: error });
  } finally {
    await dispose();
  }
}

/** The same project with every path moved under `dir`. */
function configAt(config: TolkConfig, dir: string): TolkConfig {
  const move = (path: string) => join(dir, relative(config.root, path));
  return {
    ...config,
    root: dir,
    content: move(config.content),
    locales: move(config.locales),
    lock: move(config.lock),
    glossary: move(config.glossary),
  };
}
