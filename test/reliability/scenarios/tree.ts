// Snapshots of a project directory, to prove a refused run wrote and changed nothing.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Relative path → sha256 of the bytes, every file and every directory (as "dir"). */
export function snapshotTree(root: string): Map<string, string> {
  const tree = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      if (entry.isDirectory()) {
        tree.set(`${rel}/`, 'dir');
        walk(path);
      } else {
        tree.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
      }
    }
  };
  walk(root);
  return tree;
}

/** What differs between two snapshots: `+path`, `-path`, `~path`. Empty when equal. */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): string[] {
  const changes: string[] = [];
  for (const [path, hash] of after) {
    const old = before.get(path);
    if (old === undefined) changes.push(`+${path}`);
    else if (old !== hash) changes.push(`~${path}`);
  }
  for (const path of before.keys()) if (!after.has(path)) changes.push(`-${path}`);
  return changes.sort();
}

/** Every file under `root` with its text (for scanning what a run wrote). */
export function readAllFiles(root: string): Array<{ path: string; text: string }> {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push({ path: relative(root, path), text: readFileSync(path, 'latin1') });
    }
  };
  walk(root);
  return files;
}
