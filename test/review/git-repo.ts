// A real git repository in a temporary project, with a fixed identity and no user config.

import { execFile } from 'node:child_process';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Reviewer',
  GIT_AUTHOR_EMAIL: 'reviewer@example.test',
  GIT_COMMITTER_NAME: 'Reviewer',
  GIT_COMMITTER_EMAIL: 'reviewer@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, env: ENV }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

export async function initRepo(dir: string): Promise<void> {
  await git(dir, ['init', '-q', '-b', 'main']);
}

/** Commits everything in the working tree; returns the new commit. */
export async function commitAll(dir: string, message: string): Promise<string> {
  await git(dir, ['add', '-A']);
  await git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
  return (await git(dir, ['rev-parse', 'HEAD'])).trim();
}
