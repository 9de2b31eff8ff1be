// Reads a project's files as they were at a git ref.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { parseTree, readBlobs, runGit } from './git.js';

export interface GitBase {
  /** The ref as the user gave it (`origin/main`, `HEAD~1`). */
  ref: string;
  /** The commit compared against: the merge base of the ref and HEAD, as a pull request diff uses. */
  commit: string;
}

/**
 * Resolves `ref` to the commit a pull request is measured against. When HEAD and the ref share
 * history, that is their merge base, so changes that landed on the base branch since the branch
 * was cut do not show up as this change's.
 */
export async function resolveBase(root: string, ref: string): Promise<GitBase> {
  if (ref.startsWith('-')) {
    throw new UserError(
      `Could not read the base "${ref}": a ref cannot start with "-". Give a branch, tag or commit, e.g. --base origin/main.`,
    );
  }
  let commit: string;
  try {
    commit = (await runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))
      .toString('utf8')
      .trim();
  } catch (error) {
    const why = (error as Error).message;
    const hint = /not a git repository/i.test(why)
      ? `${root} is not inside a git repository. Run tolk review in a clone`
      : 'The ref is unknown here. Fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0), or check its spelling';
    throw new UserError(`Could not read the base "${ref}": ${why || 'no such commit'}. ${hint}.`, {
      cause: error,
    });
  }
  const mergeBase = await runGit(root, ['merge-base', commit, 'HEAD']).then(
    (out) => out.toString('utf8').trim(),
    // No shared history (a shallow clone, an unborn HEAD): compare with the ref itself.
    () => commit,
  );
  return { ref, commit: mergeBase || commit };
}

/**
 * Copies the files under `paths` (relative to `root`) as they are in `commit` into a new temporary
 * directory with the same layout. Paths the commit does not have are simply absent. Two git
 * processes in all, however many files: one lists them, one reads every blob.
 */
export async function materialiseBase(
  root: string,
  commit: string,
  paths: readonly string[],
): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tolk-base-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const listed = await runGit(root, ['ls-tree', '-r', '-z', commit, '--', ...paths]);
    const blobs = parseTree(listed.toString('utf8'));
    const contents = await readBlobs(
      root,
      blobs.map((b) => b.oid),
    );
    for (const [i, blob] of blobs.entries()) {
      const target = join(dir, blob.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, contents[i]!);
    }
  } catch (error) {
    await dispose();
    throw new UserError(
      `Could not read the project's files at ${commit.slice(0, 12)}: ${(error as Error).message}. Keep content, locales and the lock inside the git repository.`,
      { cause: error },
    );
  }
  return { dir, dispose };
}
