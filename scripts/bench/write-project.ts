// A throwaway tolk project for one corpus: config, the repository's glossary, content/sv/*.txt.

import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchArticle } from './generate-corpus.js';

export interface BenchProject {
  root: string;
  contentDir: string;
}

export const DEEPL_SETTINGS = { formality: 'prefer_less' } as const;

export async function writeProject(
  articles: readonly BenchArticle[],
  targets: readonly string[],
  glossary: string,
): Promise<BenchProject> {
  const root = await mkdtemp(join(tmpdir(), `tolk-bench-${articles.length}-`));
  const contentDir = join(root, 'content', 'sv');
  await mkdir(contentDir, { recursive: true });
  await writeFile(
    join(root, 'tolk.config.yaml'),
    [
      'source: sv',
      `targets: [${targets.join(', ')}]`,
      'provider: deepl',
      'deepl:',
      `  formality: ${DEEPL_SETTINGS.formality}`,
      '',
    ].join('\n'),
  );
  await copyFile(glossary, join(root, 'glossary.yaml'));
  await writeArticles(contentDir, articles);
  return { root, contentDir };
}

/** Writes articles a few hundred at a time (thousands of open files at once would hit EMFILE). */
export async function writeArticles(
  contentDir: string,
  articles: readonly BenchArticle[],
): Promise<void> {
  for (let i = 0; i < articles.length; i += 256) {
    await Promise.all(
      articles
        .slice(i, i + 256)
        .map((article) => writeFile(join(contentDir, article.name), article.text)),
    );
  }
}
