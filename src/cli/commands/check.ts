// `tolk check`: loads the locale files, the lock and the glossary, runs the consistency checks and
// reports them. Exit 1 when an error-level finding remains.

import { relative } from 'node:path';
import {
  CHECK_IDS,
  formatFindingsInChunks,
  REPORT_FORMATS,
  type ReportFormat,
} from '../../checks/index.js';
import { loadConfig, suggestName, type TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import type { Finding } from '../../types.js';
import type { Command } from '../command.js';
import { checkProject } from './check-project.js';
import type { CheckFilters } from './collect-check-run.js';
import { listOption } from './select-targets.js';

export { checkProject } from './check-project.js';
export { type CheckFilters, collectCheckRun } from './collect-check-run.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check the translations: keys, numbers, placeholders, glossary terms, language and more',
  usage: [
    'tolk check [--format text|json|github|markdown] [--lang L]... [--ns N]...',
    '',
    `Checks: ${CHECK_IDS.join(', ')}.`,
    'Set a check\'s severity (error, warning, info) or turn it off under "checks:" in tolk.config.yaml.',
    'Exit 1 when an error-level finding remains, 0 otherwise.',
  ].join('\n'),
  options: {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', multiple: true },
    ns: { type: 'string', multiple: true },
  },
  async run({ values }, io) {
    const format = values.format ?? 'text';
    if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UserError(
        `Could not check: --format must be one of ${REPORT_FORMATS.join(', ')}, not "${String(format)}".`,
      );
    }
    const config = await loadConfig(io.cwd);
    assertKnownChecks(config);
    const filters: CheckFilters = {};
    const langs = listOption(values.lang);
    const namespaces = listOption(values.ns);
    if (langs) filters.langs = langs;
    if (namespaces) filters.namespaces = namespaces;
    const findings = await checkProject(config, filters);
    // Run from the project's directory, the files' names are already as the user sees them.
    if (relative(io.cwd, config.root) !== '') renameToCwd(findings, config, io.cwd);
    // 64 MB of report at 5 000 articles: written as a pipe's reader takes it, while the rest is
    // formatted, not all queued first and drained after.
    for (const chunk of formatFindingsInChunks(findings, format as ReportFormat)) {
      await io.stdout(chunk);
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/**
 * Findings name files relative to the working directory, as GitHub annotations need. The findings
 * are this run's own objects: their files are renamed in place, each file once.
 */
function renameToCwd(findings: readonly Finding[], config: TolkConfig, cwd: string): void {
  const cwdFiles = new Map<string, string>();
  for (const f of findings) {
    if (!f.file) continue;
    let file = cwdFiles.get(f.file);
    if (file === undefined) {
      file = relative(cwd, `${config.root}/${f.file}`) || f.file;
      cwdFiles.set(f.file, file);
    }
    f.file = file;
  }
}

/** A misspelt id under `checks:` would silently do nothing; say which one and what was meant. */
function assertKnownChecks(config: TolkConfig): void {
  for (const id of Object.keys(config.checks)) {
    if ((CHECK_IDS as readonly string[]).includes(id)) continue;
    const hint = suggestName(id, CHECK_IDS);
    throw new UserError(
      `Could not load the config: "checks" names "${id}", which is not a check. ${hint ? `Did you mean "${hint}"? ` : ''}Known checks: ${CHECK_IDS.join(', ')}.`,
      { position: { file: config.file ?? 'tolk.config.yaml' } },
    );
  }
}
