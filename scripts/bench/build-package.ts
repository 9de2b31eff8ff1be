// The CLI as a user installs it: compiled to JavaScript and run by plain node (an installed package
// has no src/, so bin/tolk.mjs runs dist/). In the repository `npm run translate` runs the TypeScript
// through tsx instead, which adds its loader thread and the transformed sources to every run.

import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface BuiltPackage {
  cli: string;
  remove(): Promise<void>;
}

export async function buildPackage(repo: string): Promise<BuiltPackage> {
  const root = await mkdtemp(join(tmpdir(), 'tolk-bench-package-'));
  await promisify(execFile)(
    process.execPath,
    [
      join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(repo, 'tsconfig.build.json'),
      '--outDir',
      join(root, 'dist'),
    ],
    { cwd: repo },
  );
  await mkdir(join(root, 'bin'));
  await copyFile(join(repo, 'bin', 'tolk.mjs'), join(root, 'bin', 'tolk.mjs'));
  await copyFile(join(repo, 'package.json'), join(root, 'package.json'));
  // The package's dependencies, as npm would have installed them beside it.
  await symlink(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    cli: join(root, 'bin', 'tolk.mjs'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
