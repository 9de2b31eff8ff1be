// Warms the freshly started mock up before anything is measured: a real DeepL server is warm, a new
// node process is not. Measured by hand at 500 articles: tolk's first run took 15.0-15.4 s against a
// cold mock and 12.9-13.8 s after a 9-article run through it.

import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchArticle } from './generate-corpus.js';
import { runChild } from './run-child.js';
import { writeProject } from './write-project.js';

/** Articles the warm-up translates: a second or two against the mock. */
const WARM_UP_ARTICLES = 10;

// A glossary of its own, so the measured first run still creates its glossaries in the mock, as a
// first run against a DeepL account without them does.
const WARM_UP_GLOSSARY = 'terms:\n  Samarkand:\n    keep: true\n';

export async function warmUpMock(
  cli: string,
  articles: readonly BenchArticle[],
  targets: readonly string[],
  glossary: string,
  env: Record<string, string>,
): Promise<void> {
  const project = await writeProject(articles.slice(0, WARM_UP_ARTICLES), targets, glossary);
  try {
    await writeFile(join(project.root, 'glossary.yaml'), WARM_UP_GLOSSARY);
    const run = await runChild(cli, ['translate'], {
      cwd: project.root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    if (run.code !== 0)
      throw new Error(`the warm-up run exited with ${run.code}:\n${run.stderr.slice(-2000)}`);
  } finally {
    await rm(project.root, { recursive: true, force: true });
  }
}
