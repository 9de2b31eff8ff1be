// `tolk review`: what a change did to the translations — a PR comment (Markdown), JSON, or
// side-by-side HTML pages — with who made each translation and the findings on it.

import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { runChecks } from '../../checks/index.js';
import { loadConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { readGlossary } from '../../glossary/index.js';
import { writeFileAtomic } from '../../locales/index.js';
import {
  buildCheckRun,
  buildReviewPages,
  compareSnapshots,
  formatReviewJson,
  formatReviewMarkdown,
  readBaseSnapshot,
} from '../../review/index.js';
import { readSnapshot } from '../../status/index.js';
import { createTermsHasher } from '../../translate/terms-hash.js';
import type { Command } from '../command.js';
import { selectTargets } from './select-targets.js';

const FORMATS = ['markdown', 'json', 'html'] as const;

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Show what a change did to the translations: a PR comment, JSON, or side-by-side pages',
  usage: [
    'tolk review --base REF [--format markdown|json] [--lang L]...',
    'tolk review --format html [--base REF] [--out DIR] [--lang L]...',
    '',
    "  --base REF      the git ref to compare with (a PR's base: origin/main); measured from its merge base with HEAD",
    '  --format F      markdown (default, fit for a PR comment), json, or html (one page per namespace and language)',
    '  --lang L        only this target language (repeatable)',
    '  --out DIR       where html pages go (default: review)',
  ].join('\n'),
  options: {
    base: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    lang: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  async run({ values }, io) {
    const format = values.format ?? 'markdown';
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
      throw new UserError(
        `Could not review: --format must be one of ${FORMATS.join(', ')}, not "${String(format)}".`,
      );
    }
    const ref = typeof values.base === 'string' ? values.base : undefined;
    if (ref === undefined && format !== 'html') {
      throw new UserError(
        'Could not review: --base is missing. Name the git ref to compare with, e.g. tolk review --base origin/main.',
      );
    }
    const config = selectTargets(await loadConfig(io.cwd), values.lang as string[] | undefined);
    const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
    const termsHash = createTermsHasher(glossary);
    const head = await readSnapshot(config);
    const findings = runChecks(buildCheckRun(config, head, glossary));
    const base = ref === undefined ? undefined : await readBaseSnapshot(config, ref);

    if (format === 'html') {
      const out = resolve(io.cwd, typeof values.out === 'string' ? values.out : 'review');
      const pages = buildReviewPages({
        head,
        ...(base ? { base: { ref: base.base.ref, snapshot: base.snapshot } } : {}),
        languages: config.targets,
        findings,
        glossary,
        termsHash,
        generatedBy: await readGeneratedBy(),
      });
      for (const page of pages) await writeFileAtomic(join(out, page.path), page.html);
      const where = relative(io.cwd, out) || '.';
      io.stdout(`Wrote ${pages.length - 1} review page(s) and ${join(where, 'index.html')}.\n`);
      return 0;
    }
    const report = compareSnapshots({
      base: base!.snapshot,
      head,
      baseRef: { ref: base!.base.ref, commit: base!.base.commit },
      languages: config.targets,
      findings,
      termsHash,
    });
    io.stdout(format === 'json' ? formatReviewJson(report) : formatReviewMarkdown(report));
    return 0;
  },
};

async function readGeneratedBy(): Promise<string> {
  try {
    const url = new URL('../../../package.json', import.meta.url);
    const { version } = JSON.parse(await readFile(url, 'utf8')) as { version?: string };
    return version ? `tolk ${version}` : 'tolk';
  } catch {
    return 'tolk';
  }
}
