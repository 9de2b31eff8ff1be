// The only place the stages are sequenced:
// read → segment → plan → protect → translate → restore → write → check.

import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TolkConfig } from './config/index.js';
import { readSourceTexts, type SourceText } from './content/read-source.js';
import { segmentSource as segmentContent } from './content/segment-source.js';
import { ProviderModuleError } from './errors.js';
import { readGlossary } from './glossary/index.js';
import {
  acquireRunLock,
  hashText,
  localeFilePath,
  openTranslationMemory,
  readLocaleFileWithLinesSync,
  readLock,
  removeWriteLeftovers,
  settleLock,
} from './locales/index.js';
import { createPause, nextTurn, runStepsPausing } from './pause.js';
import { planPluralLanguage, restorePluralCounts } from './plan/plurals.js';
import type { KeptTranslation, LanguagePlan, PriorState, SourceSegment } from './plan/types.js';
import { isModuleSpec } from './providers/index.js';
import { createEngines, type Engines } from './translate/engines.js';
import { type PlannedLanguage, planLanguages } from './translate/plan-languages.js';
import { createTermMatcher, createTermsHasher } from './translate/terms-hash.js';
import { type RunReport, translatePlans } from './translate/translate-plans.js';
import { createResultWriter } from './translate/write-results.js';
import type { Finding, Glossary } from './types.js';

export type { PlannedLanguage };

export interface TranslateOptions {
  config: TolkConfig;
  env: Readonly<Record<string, string | undefined>>;
  /** Only these targets (each one of the config's); default all. */
  langs?: readonly string[];
  /** Overrides `provider` from the config. */
  provider?: string;
  /** Plan only: what would be sent and billed. */
  dryRun?: boolean;
  /** Refuse to start a run that would send more characters. */
  maxCharacters?: number;
  retranslateStale?: boolean;
  signal?: AbortSignal;
  onProgress?: (lang: string, done: number, total: number) => void;
  log?: (line: string) => void;
}

export interface TranslateResult extends RunReport {
  planned: PlannedLanguage[];
  dryRun: boolean;
}

export async function translateProject(options: TranslateOptions): Promise<TranslateResult> {
  // Held from the first read to the last write: a second run must not plan from files this one
  // is about to change. A dry run writes nothing and needs no lock.
  if (options.dryRun) return translateLocked(options);
  const release = await acquireRunLock(join(options.config.root, '.tolk', 'run.lock'));
  try {
    await removeLeftovers(options.config);
    return await translateLocked(options);
  } finally {
    await release();
  }
}

async function translateLocked(options: TranslateOptions): Promise<TranslateResult> {
  const { config } = options;
  const glossary = await loadGlossary(config, options.log);
  const sources = await readSourceTexts(config.content, config.root);
  const engines = createEngines({ config, glossary, env: options.env });
  try {
    const first = await prepareFirstRun(options, engines, sources.length > 0);
    return await translateSources(options, glossary, sources, engines, first);
  } finally {
    await engines.dispose();
  }
}

/**
 * On a project's first run (no lock, no journal, no files for the first language) the first
 * language is sure to send work: its engine is set up before the Swedish is segmented and planned,
 * so the engine's first round trips (DeepL's glossary, ~160 ms) are under way meanwhile, and its
 * requests start while it is planned. Never for a dry run or a run with a cost limit, which may
 * send nothing. Returns that first language.
 */
async function prepareFirstRun(
  options: TranslateOptions,
  engines: Engines,
  hasSources: boolean,
): Promise<string | undefined> {
  const { config } = options;
  const spec = options.provider ?? config.provider;
  const [first] = options.langs ?? config.targets;
  if (!hasSources || first === undefined || spec === 'auto') return undefined;
  if (options.dryRun || options.maxCharacters !== undefined) return undefined;
  if (existsSync(config.lock) || existsSync(memoryFile(config))) return undefined;
  if (existsSync(join(config.locales, first))) return undefined;
  await engines.prepare(spec, first);
  // Segmenting is synchronous: let those requests reach the socket first.
  await nextTurn();
  return first;
}

function memoryFile(config: TolkConfig): string {
  return join(config.root, '.tolk', 'memory.jsonl');
}

async function translateSources(
  options: TranslateOptions,
  glossary: Glossary,
  sources: SourceText[],
  engines: Engines,
  firstRunLang: string | undefined,
): Promise<TranslateResult> {
  const { config } = options;
  const segments = await segmentSources(sources, config.exclude);
  const prior = await readPriorState(config, sources);
  const matchTerms = createTermMatcher(glossary);
  const termsHash = createTermsHasher(glossary, matchTerms);
  const { languages, choices, planned } = await planLanguages({
    targets: options.langs ?? config.targets,
    spec: options.provider ?? config.provider,
    env: options.env,
    planFirst: options.dryRun === true,
    ...(options.maxCharacters === undefined ? {} : { maxCharacters: options.maxCharacters }),
    plan: (lang, into) =>
      runStepsPausing(
        planPluralLanguage(
          {
            targets: [lang],
            segments,
            prior,
            hashText,
            termsHash,
            retranslateStale: options.retranslateStale ?? false,
          },
          lang,
          into,
        ),
      ),
  });
  if (options.dryRun) {
    return { planned: await planned(), dryRun: true, languages: [], billed: 0, notes: [] };
  }

  const memory = await openTranslationMemory(memoryFile(config));
  const writer = createResultWriter({ config, sources, segments, prior });
  // A user's engine that breaks mid-run promises that nothing was written: with one, languages are
  // written together at the end; otherwise each as it finishes, while the rest are in flight.
  const writeEarly = ![...choices.values()].some((choice) => isModuleSpec(choice.spec));
  const pluralNotes: Finding[] = [];
  const writeLanguage = async (
    plan: LanguagePlan,
    translated: Map<string, Map<string, KeptTranslation>> | undefined,
  ) => {
    pluralNotes.push(...restorePluralCounts(plan, translated, hashText));
    await writer.writeLanguage(plan, translated);
    // Written: nothing reads the language's plan again, and at newsroom scale it is much of the heap.
    if (writeEarly) {
      plan.work.length = 0;
      plan.kept.clear();
    }
  };
  const report = await translatePlans({
    languages,
    choices,
    config,
    glossary,
    memory,
    env: options.env,
    hashText,
    matchTerms,
    engines,
    ...(firstRunLang ? { stream: firstRunLang } : {}),
    ...pick(options),
    ...(writeEarly ? { onLanguage: writeLanguage } : {}),
  });
  // The user's own engine is broken: like any bad input, nothing is written (its answers so far
  // stay in the journal for the next run).
  if (report.stopped instanceof ProviderModuleError) throw report.stopped;
  if (!writeEarly) {
    for (const { lang, plan } of languages)
      await writeLanguage(await plan(), report.translated?.get(lang));
  }
  report.notes.push(...pluralNotes);
  // The Swedish files, unless the first language written set them going (see createResultWriter).
  // The settled lock does not cover them and is written meanwhile; both end before the run does.
  const written = await Promise.allSettled([
    writer.writeSources(),
    writer.finish(report.billedBy ?? {}),
  ]);
  for (const step of written) if (step.status === 'rejected') throw step.reason;
  if (!report.stopped) await memory.clear();
  return { ...report, planned: await planned(), dryRun: false };
}

/** Half-written temporary files of a killed run: its locale files and lock were never replaced. */
async function removeLeftovers(config: TolkConfig): Promise<void> {
  for (const lang of [config.source, ...config.targets]) {
    await removeWriteLeftovers(join(config.locales, lang), (name) => name.endsWith('.json'));
  }
  await removeWriteLeftovers(dirname(config.lock), (name) => name === basename(config.lock));
}

function pick(options: TranslateOptions) {
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
}

async function loadGlossary(config: TolkConfig, log?: (line: string) => void): Promise<Glossary> {
  if (!existsSync(config.glossary)) return { file: config.glossary, terms: [] };
  const { glossary, warnings } = await readGlossary(config.glossary, { targets: config.targets });
  for (const warning of warnings) log?.(`warning: ${warning.message}`);
  return glossary;
}

/**
 * Every source's segments, in order. Pausing now and then: on a first run the engine's first round
 * trips (DeepL's glossary) are in flight meanwhile, and their answers lead to the next requests.
 */
async function segmentSources(
  sources: readonly SourceText[],
  exclude: readonly string[],
): Promise<SourceSegment[]> {
  const segments: SourceSegment[] = [];
  const pause = createPause();
  for (const source of sources) {
    await pause();
    for (const segment of segmentSource(source, exclude)) segments.push(segment);
  }
  return segments;
}

/** Articles are cut into sentences; JSON UI strings give one segment per key. */
function segmentSource(source: SourceText, exclude: readonly string[]): SourceSegment[] {
  return segmentContent(source, exclude);
}

async function readPriorState(
  config: TolkConfig,
  sources: readonly SourceText[],
): Promise<PriorState> {
  const files: PriorState['files'] = new Map();
  for (const lang of config.targets) {
    const byNs = new Map<string, Map<string, string>>();
    files.set(lang, byNs);
    // A language never written has no file to read: on a first run, not one failed open per source
    // and language (2 000 for 500 articles, ~28 ms on the path to the first request).
    if (!existsSync(join(config.locales, lang))) continue;
    for (const { ns } of sources) {
      // Read in a row, synchronously: thousands of small files through the thread pool cost several
      // times the CPU and, on two cores, more wall time too.
      const values = readLocaleFileWithLinesSync(localeFilePath(config.locales, lang, ns))?.values;
      if (values) byNs.set(ns, values);
    }
  }
  const lock = await readLock(config.lock);
  const valueHash = (lang: string, ns: string, key: string) => {
    const value = files.get(lang)?.get(ns)?.get(key);
    return value === undefined ? undefined : hashText(value);
  };
  return { files, lock: settleLock(lock, valueHash), billed: lock.billed ?? {} };
}
