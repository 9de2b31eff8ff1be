// A throwaway directory of files for one test (locale files tolk did not write, a config, a lock),
// removed after each test of the calling file.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** Returns a maker of project directories: each path gets its string, or the value as JSON. */
export function useFilesProjects(prefix: string): (files: Record<string, unknown>) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (files) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(
        join(dir, path),
        typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
      );
    }
    return dir;
  };
}
