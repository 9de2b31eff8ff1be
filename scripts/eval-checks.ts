// npm run eval:checks — how well tolk check finds the labelled errors of the evaluation corpus
// (test/fixtures/checks), beside Translate Toolkit's pofilter on the same files, and how fast
// runChecks is on a large generated project.
//   npx tsx scripts/eval-checks.ts [--no-speed]

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHECK_IDS, runChecks } from '../src/checks/index.js';
import type { CheckRun } from '../src/checks/types.js';
import { collectCheckRun } from '../src/cli/commands/check.js';
import { loadConfig } from '../src/config/index.js';
import { GENERATED_LANGUAGES, generateRun } from '../test/fixtures/checks/generate-run.js';
import {
  pofilterVersion,
  runPofilter,
  type ToolFinding,
} from '../test/fixtures/checks/pofilter.js';
import { type CheckScore, type Label, scoreFindings } from '../test/fixtures/checks/score.js';

const CORPUS = resolve(import.meta.dirname, '../test/fixtures/checks');
const out = (line = '') => process.stdout.write(`${line}\n`);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

async function loadRun(dir: string): Promise<CheckRun> {
  return collectCheckRun(await loadConfig(join(CORPUS, dir)));
}

function keepTerms(run: CheckRun): string[] {
  return (run.glossary?.terms ?? []).filter((t) => t.keep).flatMap((t) => [t.term, ...t.forms]);
}

function cells(score: CheckScore | undefined): string {
  if (!score) return `${'—'.padStart(6)}  ${'—'.padStart(9)}`;
  const recall = `${percent(score.recall)}`;
  const precision = score.findings === 0 ? '—'.padStart(9) : `${percent(score.precision)}   `;
  return `${recall}  ${precision}`;
}

function printComparison(
  labels: Label[],
  tolk: ToolFinding[],
  pofilter: ToolFinding[] | undefined,
): void {
  const tolkScores = new Map(scoreFindings(tolk, labels).map((s) => [s.check, s]));
  const poScores = pofilter
    ? new Map(scoreFindings(pofilter, labels).map((s) => [s.check, s]))
    : undefined;
  out(`${'check'.padEnd(16)} labelled │ ${'tolk'.padEnd(17)} │ ${pofilter ? 'pofilter' : ''}`);
  out(`${''.padEnd(16)}          │ recall  precision │ ${pofilter ? 'recall  precision' : ''}`);
  for (const id of CHECK_IDS) {
    const labelled = labels.filter((l) => l.checks.includes(id)).length;
    const po = poScores?.get(id);
    const poCells = poScores
      ? po && (po.found > 0 || po.findings > 0)
        ? cells(po)
        : `${'0.0%'.padStart(6)}  ${'—'.padStart(9)}`
      : '';
    out(
      `${id.padEnd(16)} ${String(labelled).padStart(8)} │ ${cells(tolkScores.get(id))} │ ${poCells}`,
    );
  }
  const total = (scores: Map<string, CheckScore>) => {
    const all = [...scores.values()].filter((s) =>
      (CHECK_IDS as readonly string[]).includes(s.check),
    );
    const labelled = labels.reduce((n, l) => n + l.checks.length, 0);
    const found = all.reduce((n, s) => n + s.found, 0);
    const findings = all.reduce((n, s) => n + s.findings, 0);
    const correct = all.reduce((n, s) => n + s.correct, 0);
    return `${percent(found / labelled)}  ${percent(findings ? correct / findings : 1)}   `;
  };
  const labelledTotal = labels.reduce((n, l) => n + l.checks.length, 0);
  out(
    `${'all'.padEnd(16)} ${String(labelledTotal).padStart(8)} │ ${total(tolkScores)} │ ${poScores ? total(poScores) : ''}`,
  );
}

function describeClean(name: string, findings: ToolFinding[]): string {
  const mapped = findings.filter((f) => !f.check.startsWith('other:')).length;
  const byCheck = new Map<string, number>();
  for (const f of findings) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
  const top = [...byCheck.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  return `${name}: ${findings.length} (${mapped} under tolk's check ids)${top ? ` — ${top}` : ''}`;
}

function timeRun(keys: number): { seconds: number; translations: number; findings: number } {
  const run = generateRun(keys);
  const start = performance.now();
  const findings = runChecks(run).length;
  return {
    seconds: (performance.now() - start) / 1000,
    translations: keys * GENERATED_LANGUAGES.length,
    findings,
  };
}

async function main(): Promise<void> {
  const labels = JSON.parse(
    await readFile(join(CORPUS, 'injected/labels.json'), 'utf8'),
  ) as Label[];
  const clean = await loadRun('clean');
  const injected = await loadRun('injected');
  const keys = clean.files.reduce((n, f) => n + f.source.size, 0);
  const languages = [...new Set(clean.files.map((f) => f.lang))];
  const tolkClean = runChecks(clean);
  const tolkInjected = runChecks(injected);
  const version = pofilterVersion();
  out(`Evaluation corpus: ${CORPUS}`);
  out(
    `  clean: ${keys / languages.length} Swedish keys × ${languages.length} languages (${languages.join(', ')})`,
  );
  out(
    `  injected: ${labels.reduce((n, l) => n + l.checks.length, 0)} labelled errors in ${labels.length} keys`,
  );
  out(
    version
      ? `  compared with: ${version} (default tests; glossary keep terms as --notranslatefile)`
      : '  pofilter is not installed (apt-get install translate-toolkit): tolk alone',
  );
  out();
  const pofilter = version
    ? {
        clean: runPofilter(clean, keepTerms(clean)),
        injected: runPofilter(injected, keepTerms(injected)),
      }
    : undefined;
  out(
    'Recall (labelled errors found) and precision (findings that are labelled) per check, injected files:',
  );
  printComparison(labels, tolkInjected, pofilter?.injected);
  out();
  out('False alarms on the clean files (every finding there is one):');
  out(`  ${describeClean('tolk', tolkClean)}`);
  if (pofilter) out(`  ${describeClean('pofilter', pofilter.clean)}`);
  if (pofilter) {
    const other = pofilter.injected.filter((f) => f.check.startsWith('other:')).length;
    out(
      `  (pofilter also reported ${other} findings on the injected files from tests with no tolk counterpart)`,
    );
  }
  if (process.argv.includes('--no-speed')) return;
  out();
  out(
    `Speed of runChecks on a generated project (${GENERATED_LANGUAGES.length} languages, checks only, files in memory):`,
  );
  for (const n of [10_000, 100_000]) {
    const { seconds, translations, findings } = timeRun(n);
    out(
      `  ${n.toLocaleString('en')} keys × ${GENERATED_LANGUAGES.length} languages = ${translations.toLocaleString('en')} translations: ${seconds.toFixed(2)} s (${((seconds * 1e6) / translations).toFixed(1)} µs each, ${findings} findings)`,
    );
  }
}

await main();
