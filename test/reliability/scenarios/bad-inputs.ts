// Bad input from many hands: source texts, glossary, locale files, lock, config, a user's engine and
// XLIFF. Each refused case must exit 2 with a message naming the file (and line) and the fix, and
// change nothing on disk; each accepted case must lose nothing.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkIntegrity } from './integrity.js';
import { createProject, type ProjectSpec, removeProject } from './project.js';
import { type CliRun, runTolk } from './run-tolk.js';
import { diffTrees, snapshotTree } from './tree.js';

export const PSEUDO_CONFIG = 'targets: [de]\nprovider: pseudo\n';

/** A short article whose lines are known, so a refusal can be checked for the right line. */
export const ARTICLE = [
  'Rubrik om Sverige',
  '',
  'Regeringen meddelade på tisdagen att budgeten ökar.',
  '',
  'Kommunen räknar med att arbetet är klart i maj.',
  '',
].join('\n');

export interface BadInput {
  name: string;
  /** What was bad: source, glossary, locale, lock, config, provider, xliff. */
  kind: string;
  project: ProjectSpec;
  /** Files written after a first clean translate (for broken locale files, lock, XLIFF). */
  afterFirstRun?: Record<string, string>;
  args?: string[];
  /** Last changes to the project before the run (folders where files belong). */
  setup?: (dir: string) => void;
  /** Refused: the message and where it points (`file:line`). */
  refuse?: { says: RegExp; at: RegExp };
  /** Accepted: problems found in the project after the run (none expected). */
  accept?: (dir: string, run: CliRun) => string[] | Promise<string[]>;
}

export interface BadInputOutcome {
  name: string;
  kind: string;
  refused: boolean;
  ok: boolean;
  problems: string[];
  run: CliRun;
}

export async function runBadInput(input: BadInput): Promise<BadInputOutcome> {
  const dir = createProject({ config: PSEUDO_CONFIG, glossary: false, ...input.project });
  try {
    const problems: string[] = [];
    if (input.afterFirstRun) {
      const first = await runTolk(dir, ['translate']);
      if (first.code !== 0) problems.push(`the first run failed: ${first.stderr}`);
      for (const [path, text] of Object.entries(input.afterFirstRun)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
    input.setup?.(dir);
    const before = snapshotTree(dir);
    const run = await runTolk(dir, input.args ?? ['translate']);
    if (run.stderr.includes('internal error')) problems.push(`internal error: ${run.stderr}`);
    if (({} as Record<string, unknown>).polluted !== undefined)
      problems.push('Object.prototype polluted');
    if (input.refuse) {
      if (run.code !== 2) problems.push(`exited ${run.code}, expected 2: ${run.stderr.trim()}`);
      if (!input.refuse.says.test(run.stderr)) {
        problems.push(`does not say ${input.refuse.says}: ${run.stderr.trim()}`);
      }
      if (!input.refuse.at.test(run.stderr)) {
        problems.push(`does not point at ${input.refuse.at}: ${run.stderr.trim()}`);
      }
      if (/\n\s+at /.test(run.stderr)) problems.push('printed a stack trace');
      const changes = diffTrees(before, snapshotTree(dir));
      if (changes.length > 0) problems.push(`changed files: ${changes.join(', ')}`);
    } else {
      if (run.code !== 0) problems.push(`exited ${run.code}, expected 0: ${run.stderr.trim()}`);
      problems.push(...checkIntegrity(dir).problems);
      problems.push(...((await input.accept?.(dir, run)) ?? []));
    }
    return {
      name: input.name,
      kind: input.kind,
      refused: input.refuse !== undefined,
      ok: problems.length === 0,
      problems,
      run,
    };
  } finally {
    removeProject(dir);
  }
}

/** lang → flattened values of a project's locale file. */
export function localeValues(dir: string, lang: string, ns: string): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat.set(path, value);
      else walk(value, path);
    }
  };
  walk(JSON.parse(readFileSync(join(dir, 'locales', lang, `${ns}.json`), 'utf8')), '');
  return flat;
}
