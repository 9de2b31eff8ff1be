import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materialiseBase, resolveBase } from '../../src/review/git-base.js';
import { commitAll, git, initRepo } from './git-repo.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function repoDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tolk-git-'));
  dirs.push(dir);
  return dir;
}

describe('materialiseBase', () => {
  it('copies the files of a commit byte for byte, odd names included, and leaves out what it lacks', async () => {
    const dir = repoDir();
    await initRepo(dir);
    mkdirSync(join(dir, 'locales/uk'), { recursive: true });
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x0a, 0x00, 0xff, 0x0a]);
    writeFileSync(join(dir, 'locales/uk/статья з пробілом.json'), bytes);
    writeFileSync(join(dir, 'tolk.lock.json'), '{"version":1}\n');
    const first = await commitAll(dir, 'one');
    writeFileSync(join(dir, 'tolk.lock.json'), '{"version":1,"changed":true}\n');
    writeFileSync(join(dir, 'locales/new.json'), '{}\n');
    await commitAll(dir, 'two');

    const { dir: copy, dispose } = await materialiseBase(dir, first, [
      'locales',
      'tolk.lock.json',
      'content',
    ]);
    try {
      expect(readFileSync(join(copy, 'locales/uk/статья з пробілом.json'))).toEqual(bytes);
      expect(readFileSync(join(copy, 'tolk.lock.json'), 'utf8')).toBe('{"version":1}\n');
      expect(existsSync(join(copy, 'locales/new.json'))).toBe(false);
      expect(existsSync(join(copy, 'content'))).toBe(false);
    } finally {
      await dispose();
    }
    expect(existsSync(copy)).toBe(false);
  });
});

describe('resolveBase', () => {
  it('measures a branch from its merge base with HEAD, as a pull request does', async () => {
    const dir = repoDir();
    await initRepo(dir);
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    const forkPoint = await commitAll(dir, 'fork point');
    await git(dir, ['checkout', '-q', '-b', 'feature']);
    writeFileSync(join(dir, 'a.txt'), 'feature\n');
    await commitAll(dir, 'feature work');
    await git(dir, ['checkout', '-q', 'main']);
    writeFileSync(join(dir, 'b.txt'), 'b\n');
    const mainTip = await commitAll(dir, 'main moves on');
    await git(dir, ['checkout', '-q', 'feature']);

    expect(await resolveBase(dir, 'main')).toEqual({ ref: 'main', commit: forkPoint });
    expect((await resolveBase(dir, 'main')).commit).not.toBe(mainTip);
  });
});
