// Compares tolk's Swedish sentence splitter with general-purpose splitters on the golden cases:
// case accuracy (every boundary of a case right) and boundary F1 (boundaries as character offsets).
//
//   npx tsx scripts/eval-segmentation.ts [cases.jsonl]
//
// Default file: ../shared/fixtures/segmentation/sv-public.jsonl next to the repository. Exit 2 when
// the file is missing or malformed.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';
import { split as splitWithSentenceSplitter } from 'sentence-splitter';
import { splitSentences } from '../src/segment/index.js';

interface Case {
  id: string;
  text: string;
  sentences: string[];
}

type Splitter = (text: string) => string[];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CASES = resolve(REPO, '../shared/fixtures/segmentation/sv-public.jsonl');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function readCases(file: string): Case[] {
  if (!existsSync(file)) {
    fail(
      `Could not read the segmentation cases: ${file} does not exist. Pass the path of a .jsonl file with {"text", "sentences"} per line.`,
    );
  }
  const cases: Case[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const value = parseCase(line);
      if (!value)
        fail(
          `Could not read the segmentation cases: ${file}:${i + 1} is not a {"text", "sentences"} case. Fix that line.`,
        );
      cases.push({ ...value, id: value.id || `line ${i + 1}` });
    });
  return cases;
}

function parseCase(line: string): Case | undefined {
  try {
    const value = JSON.parse(line) as Partial<Case>;
    if (typeof value.text !== 'string' || !Array.isArray(value.sentences)) return undefined;
    return { id: String(value.id ?? ''), text: value.text, sentences: value.sentences };
  } catch {
    return undefined;
  }
}

/**
 * Boundaries as offsets into `text`: the end of each sentence but the last. Peers may trim, collapse
 * or re-add whitespace, so sentences are aligned by counting their non-space characters.
 */
function findBoundaries(text: string, sentences: readonly string[]): Set<number> {
  const visible: number[] = [];
  for (let i = 0; i < text.length; i++) if (!/\s/u.test(text[i]!)) visible.push(i);
  const boundaries = new Set<number>();
  let count = 0;
  for (const sentence of sentences) {
    count += sentence.replace(/\s/gu, '').length;
    if (count > 0 && count < visible.length) boundaries.add(visible[count - 1]! + 1);
  }
  return boundaries;
}

interface Score {
  exact: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  failed: string[];
}

function scoreSplitter(cases: readonly Case[], splitter: Splitter): Score {
  const score: Score = {
    exact: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    failed: [],
  };
  for (const c of cases) {
    const gold = findBoundaries(c.text, c.sentences);
    const got = findBoundaries(c.text, splitter(c.text));
    const hits = [...got].filter((b) => gold.has(b)).length;
    score.truePositives += hits;
    score.falsePositives += got.size - hits;
    score.falseNegatives += gold.size - hits;
    if (hits === gold.size && hits === got.size) score.exact++;
    else score.failed.push(c.id);
  }
  return score;
}

async function loadSplitters(): Promise<Array<[string, Splitter]>> {
  // sentencex ships no type declarations; a non-literal specifier keeps tsc from asking for them.
  const sentencex = (await import('sentencex' as string)) as {
    segment: (language: string, text: string) => string[];
  };
  const intl = new Intl.Segmenter('sv', { granularity: 'sentence' });
  return [
    ['tolk', splitSentences],
    ['Intl.Segmenter(sv)', (text) => [...intl.segment(text)].map((s) => s.segment)],
    ['sentencex (sv)', (text) => sentencex.segment('sv', text)],
    ['sbd', (text) => sbd.sentences(text, { newline_boundaries: true })],
    [
      'sentence-splitter',
      (text) =>
        splitWithSentenceSplitter(text)
          .filter((node) => node.type === 'Sentence')
          .map((node) => node.raw),
    ],
  ];
}

function formatRow(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');
}

async function main(): Promise<void> {
  const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_CASES;
  const cases = readCases(file);
  const boundaries = cases.reduce((sum, c) => sum + Math.max(0, c.sentences.length - 1), 0);
  console.log(
    `Swedish sentence segmentation: ${cases.length} cases, ${boundaries} boundaries (${file})\n`,
  );
  const widths = [20, 15, 9, 9, 9];
  console.log(formatRow(['segmenter', 'case accuracy', 'precision', 'recall', 'F1'], widths));
  let tolkFailures: string[] = [];
  for (const [name, splitter] of await loadSplitters()) {
    const s = scoreSplitter(cases, splitter);
    const precision = s.truePositives / Math.max(1, s.truePositives + s.falsePositives);
    const recall = s.truePositives / Math.max(1, s.truePositives + s.falseNegatives);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const accuracy = `${((100 * s.exact) / Math.max(1, cases.length)).toFixed(1)}% ${s.exact}/${cases.length}`;
    console.log(
      formatRow([name, accuracy, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3)], widths),
    );
    if (name === 'tolk') tolkFailures = s.failed;
  }
  console.log(`\ntolk misses: ${tolkFailures.length === 0 ? 'none' : tolkFailures.join(', ')}`);
}

await main();
