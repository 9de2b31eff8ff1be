// Runs every language's work through its provider, languages side by side, one provider instance per
// engine so its rate limiting sees the whole run.

import pLimit, { type LimitFunction } from 'p-limit';
import { getOrCreate } from '../collections.js';
import type { TolkConfig } from '../config/index.js';
import type { TranslationMemory } from '../locales/index.js';
import { nextTurn } from '../pause.js';
import type { KeptTranslation, LanguagePlan, LanguageToPlan } from '../plan/types.js';
import type { Provider } from '../providers/types.js';
import type { Finding, Glossary, TermMatch } from '../types.js';
import { createEngines, type Engines } from './engines.js';
import type { ProviderChoice } from './resolve-providers.js';
import { createTermMatcher } from './terms-hash.js';
import { type LanguageResult, translateLanguage } from './translate-language.js';

export interface RunReport {
  /** lang → ns → key → new translation (languages not handed to `onLanguage`). */
  translated?: Map<string, Map<string, Map<string, KeptTranslation>>>;
  languages: Array<{ lang: string; provider?: string; translated: number }>;
  /** Characters billed in this run. */
  billed: number;
  /** Billed per provider in this run. */
  billedBy?: Record<string, number>;
  notes: Finding[];
  /** Why the run stopped before translating everything (quota, interrupt, provider failure). */
  stopped?: Error;
}

export interface TranslatePlansInput {
  /** In the order they are planned and queued. */
  languages: readonly LanguageToPlan[];
  choices: ReadonlyMap<string, ProviderChoice>;
  config: TolkConfig;
  glossary: Glossary;
  memory: TranslationMemory;
  env: Readonly<Record<string, string | undefined>>;
  hashText: (text: string) => string;
  /** Glossary matches of a text, shared with the planning that already matched every text. */
  matchTerms?: (text: string) => TermMatch[];
  signal?: AbortSignal;
  onProgress?: (lang: string, done: number, total: number) => void;
  /** The run's engines, when the caller set one up early; by default made here. */
  engines?: Engines;
  /**
   * A language whose requests start while it is still being planned: a first run's first language,
   * whose engine is set up already and which is sure to need it.
   */
  stream?: string;
  /** Called as each language finishes (before the run does), with what it translated. */
  onLanguage?: (plan: LanguagePlan, translated: LanguageResult['translated']) => Promise<void>;
}

export async function translatePlans(input: TranslatePlansInput): Promise<RunReport> {
  // Engines the caller set up are the caller's to dispose.
  const engines = input.engines ?? createEngines(input);
  const providerFor = engines.get;
  const pinnedBy = (provider: Provider, lang: string) => {
    const glossary = engines.glossaryFor(provider, lang);
    return glossary ? { pairGlossary: glossary } : {};
  };

  // A network engine's limit is the account's: its languages share one queue, first language first,
  // so they finish one after another and each is written while the next is still in flight. An
  // offline engine runs its own processes per language pair: a queue per language.
  const queues = new Map<string, LimitFunction>();
  const queueFor = (spec: string, lang: string, provider: Provider) => {
    const offline = provider.capabilities.offline === true;
    const languages = offline
      ? 1
      : input.languages.filter((l) => input.choices.get(l.lang)?.spec === spec).length;
    const concurrency = Math.max(1, provider.capabilities.concurrency ?? 4) * languages;
    return getOrCreate(queues, offline ? `${spec}\u0000${lang}` : spec, () => pLimit(concurrency));
  };

  // Matching depends on the text alone: one pass per distinct text for every language.
  const matchText = input.matchTerms ?? createTermMatcher(input.glossary);

  const report: RunReport = {
    translated: new Map(),
    languages: [],
    billed: 0,
    billedBy: {},
    notes: [],
  };
  const translatePlan = async (
    plan: LanguagePlan,
    provider: Provider | undefined,
    spec: string | undefined,
    onFlowing: () => void,
    planned?: Promise<LanguagePlan>,
  ): Promise<void> => {
    const result = await translateLanguage({
      source: input.config.source,
      lang: plan.lang,
      work: plan.work,
      ...(planned ? { workDone: planned } : {}),
      provider,
      glossary: input.glossary,
      ...(provider ? pinnedBy(provider, plan.lang) : {}),
      memory: input.memory,
      hashText: input.hashText,
      matchTerms: matchText,
      ...(provider && spec ? { queue: queueFor(spec, plan.lang, provider) } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
      onBilled: (characters) => {
        report.billed += characters;
        const name = provider?.name ?? 'unknown';
        report.billedBy![name] = (report.billedBy![name] ?? 0) + characters;
      },
      onProgress: (done, total) => input.onProgress?.(plan.lang, done, total),
      onFlowing,
    });
    // A plan that failed fails its language here.
    await planned;
    report.notes.push(...result.notes);
    // A language handed on as it finishes is not held for the end of the run.
    if (input.onLanguage) await input.onLanguage(plan, result.translated);
    else report.translated!.set(plan.lang, result.translated);
    let count = 0;
    for (const ns of result.translated.values()) count += ns.size;
    report.languages.push({
      lang: plan.lang,
      ...(provider ? { provider: provider.name } : {}),
      translated: count,
    });
    if (result.error) report.stopped ??= result.error;
  };

  // Languages are planned one after another, in order, each once the one before has queued all its
  // requests and had its first answer (or needs none): planned any earlier, their CPU competed with
  // the first language's (traced: 167 ms with nothing in flight at the start of a 500-article run,
  // when planning was one synchronous go). Queued in language order, the languages also finish in
  // that order, each written while the next is in flight.
  let planning: Promise<unknown> = Promise.resolve();
  try {
    await Promise.all(
      input.languages.map((language) => {
        let flowing!: () => void;
        const underWay = new Promise<void>((resolve) => {
          flowing = resolve;
        });
        const done = (async () => {
          await planning;
          const spec = input.choices.get(language.lang)?.spec;
          if (language.lang === input.stream && spec !== undefined) {
            // Its first batches leave while the rest of it is planned (on a first run the first
            // language's requests otherwise waited ~0.2 s, for 500 articles, for the whole plan).
            const { plan, done: planned } = language.planning();
            await translatePlan(plan, await providerFor(spec), spec, flowing, planned);
            return;
          }
          const plan = await language.plan();
          const needsEngine = plan.work.some((w) => w.mode !== 'timestamp') && spec !== undefined;
          const provider = needsEngine ? await providerFor(spec) : undefined;
          // Its engine's set-up (DeepL: the pair's glossary) starts now, queued behind the
          // languages before it, instead of when its first batch is reached: against a DeepL
          // account without the glossaries, each language otherwise began with ~160 ms at one or no
          // request in flight while its glossary was made. Not when an interrupted run's journal
          // may hold the answers, which would then need no glossary.
          if (needsEngine && input.memory.size === 0) await engines.prepare(spec, plan.lang);
          await translatePlan(plan, provider, spec, flowing);
        })();
        planning = Promise.race([underWay, done]).then(nextTurn, nextTurn);
        return done;
      }),
    );
  } finally {
    if (!input.engines) await engines.dispose();
  }
  report.languages.sort((a, b) => a.lang.localeCompare(b.lang));
  return report;
}
