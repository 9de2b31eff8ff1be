// `tolk check`: loads the locale files, the lock and the glossary, runs the consistency checks and
// reports them. Exit 1 when an error-level finding remains.

import { relative } from 'node:path';
import {
  CHECK_IDS,
  type CheckFile,
  type CheckRun,
  formatFindings,
  REPORT_FORMATS,
  type ReportFormat,
  runChecks,
} from '../../checks/index.js';
import { loadConfig, suggestName, type TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { readGlossary } from '../../glossary/index.js';
import {
  findLocaleFiles,
  hashText,
  type JournaledLock,
  readLock,
  settleLock,
} from '../../locales/index.js';
// Synchronous reads: see its comment. Not in the locales index, which other commands share.
import { readLocaleFileWithLinesSync } from '../../locales/locale-files.js';
import type { Command } from '../command.js';
import { listOption, selectTargets } from './select-targets.js';

export interface CheckFilters {
  langs?: readonly string[];
  namespaces?: readonly string[];
}

function hasJournal(lock: JournaledLock): boolean {
  return Object.keys(lock.pending ?? {}).length > 0 || Object.keys(lock.previous ?? {}).length > 0;
}

/** Reads everything `runChecks` needs from a project: source and target files, lock, glossary. */
export async function collectCheckRun(
  config: TolkConfig,
  filters: CheckFilters = {},
): Promise<CheckRun> {
  const selected = selectTargets(config, filters.langs);
  const refs = await findLocaleFiles(config.locales);
  const sources = refs.filter((r) => r.lang === config.source);
  if (sources.length === 0) {
    throw new UserError(
      `Could not check the locale files: ${relative(config.root, config.locales) || '.'}/${config.source}/ holds no .json file. Run \`tolk translate\` first, or set "locales" and "source" in tolk.config.yaml.`,
    );
  }
  const namespaces = new Set(sources.map((r) => r.ns));
  for (const ns of filters.namespaces ?? []) {
    if (!namespaces.has(ns)) {
      throw new UserError(
        `Could not check --ns ${ns}: there is no ${config.source}/${ns}.json. Pick one of ${[...namespaces].join(', ')}.`,
      );
    }
  }
  const wanted = (ns: string) => !filters.namespaces?.length || filters.namespaces.includes(ns);
  const lock = await readLock(config.lock);
  const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
  // Thousands of articles make thousands of files per language: look them up, never scan.
  const sourceByNs = new Map(sources.map((r) => [r.ns, r]));
  const refByFile = new Map(refs.map((r) => [`${r.lang}/${r.ns}`, r]));
  // Each source once, however many languages translate it.
  const sourceValues = new Map<string, ReadonlyMap<string, string> | undefined>();
  const readSource = (file: string) => {
    if (!sourceValues.has(file)) sourceValues.set(file, readLocaleFileWithLinesSync(file)?.values);
    return sourceValues.get(file);
  };
  const files: CheckFile[] = [];
  for (const lang of selected.targets) {
    const targetNamespaces = refs.filter((r) => r.lang === lang).map((r) => r.ns);
    for (const ns of [...new Set([...namespaces, ...targetNamespaces])]) {
      if (!wanted(ns)) continue;
      const sourceRef = sourceByNs.get(ns);
      const targetRef = refByFile.get(`${lang}/${ns}`);
      const source = sourceRef ? readSource(sourceRef.file) : undefined;
      const target = targetRef ? readLocaleFileWithLinesSync(targetRef.file) : undefined;
      files.push({
        lang,
        ns,
        file: relative(config.root, targetRef?.file ?? `${config.locales}/${lang}/${ns}.json`),
        source: source ?? new Map(),
        target: target?.values,
        ...(target ? { lines: target.lines } : {}),
      });
    }
  }
  const byFile = new Map<string, CheckFile>();
  for (const file of files) {
    const id = `${file.lang}\u0000${file.ns}`;
    if (!byFile.has(id)) byFile.set(id, file);
  }
  // A run killed between writing the files and the lock leaves its entries in the lock's journal;
  // judge the files by what they hold, as the next run will. Without a journal there is nothing to
  // settle, and copying a newsroom's lock (hundreds of thousands of entries) costs seconds.
  const settled = hasJournal(lock)
    ? settleLock(lock, (lang, ns, key) => {
        const value = byFile.get(`${lang}\u0000${ns}`)?.target?.get(key);
        return value === undefined ? undefined : hashText(value);
      })
    : lock.entries;
  for (const file of files) {
    const entries = settled[file.lang]?.[file.ns];
    if (entries) file.lock = entries;
  }
  return {
    sourceLang: config.source,
    files,
    ...(glossary.terms.length > 0 ? { glossary } : {}),
    settings: config.checks,
  };
}

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
    const run = await collectCheckRun(config, filters);
    const findings = runChecks(run).map((f) =>
      f.file ? { ...f, file: toCwd(config, io.cwd, f.file) } : f,
    );
    io.stdout(formatFindings(findings, format as ReportFormat));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

/** Findings name files relative to the working directory, as GitHub annotations need. */
function toCwd(config: TolkConfig, cwd: string, file: string): string {
  return relative(cwd, `${config.root}/${file}`) || file;
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
