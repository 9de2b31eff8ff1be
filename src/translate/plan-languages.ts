// When each language is planned: all before the run when the plan decides something, otherwise
// as the run reaches the language, so the first requests leave while the others plan.

import { UserError } from '../errors.js';
import type { LanguagePlan, LanguageToPlan } from '../plan/types.js';
import { namedChoices, type ProviderChoice, resolveProviders } from './resolve-providers.js';

export interface PlannedLanguage {
  lang: string;
  provider: string | undefined;
  segments: number;
  characters: number;
  kept: number;
  stale: number;
}

export interface PlanLanguagesInput {
  targets: readonly string[];
  /** A provider spec, or `auto`. */
  spec: string;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Plans a language into `into`, pausing now and then: other languages are in flight meanwhile,
   * and the first language's work can be sent as it is planned.
   */
  plan: (lang: string, into: LanguagePlan) => Promise<LanguagePlan>;
  /** The whole plan is wanted before anything is sent (a dry run). */
  planFirst: boolean;
  maxCharacters?: number;
}

export interface PlannedLanguages {
  languages: LanguageToPlan[];
  choices: Map<string, ProviderChoice>;
  /** Every language's summary, as planned (planning any language not planned yet). */
  planned(): Promise<PlannedLanguage[]>;
}

export async function planLanguages(input: PlanLanguagesInput): Promise<PlannedLanguages> {
  const summaries = new Map<string, PlannedLanguage>();
  // The plan decides something first when it is the answer (a dry run), is weighed against
  // --max-characters, or picks the engines (auto); else a named engine takes every language.
  if (input.planFirst || input.maxCharacters !== undefined || input.spec === 'auto') {
    const plans: LanguagePlan[] = [];
    for (const lang of input.targets) plans.push(await input.plan(lang, emptyPlan(lang)));
    const choices = await resolveProviders(plans, input.spec, input.env);
    for (const plan of plans) summaries.set(plan.lang, summarisePlan(plan, choices));
    guardCost([...summaries.values()], input.maxCharacters);
    return {
      languages: plans.map((plan) => ({
        lang: plan.lang,
        plan: async () => plan,
        planning: () => ({ plan, done: Promise.resolve(plan) }),
      })),
      choices,
      planned: async () => [...summaries.values()],
    };
  }
  const choices = namedChoices(input.targets, input.spec);
  const languages = input.targets.map((lang): LanguageToPlan => {
    let started: { plan: LanguagePlan; done: Promise<LanguagePlan> } | undefined;
    const planning = () => {
      if (!started) {
        const plan = emptyPlan(lang);
        const done = input.plan(lang, plan).then((planned) => {
          // Summed now: a written language's work is let go before the run ends.
          summaries.set(lang, summarisePlan(planned, choices));
          return planned;
        });
        started = { plan, done };
      }
      return started;
    };
    return { lang, plan: () => planning().done, planning };
  });
  return {
    languages,
    choices,
    async planned() {
      const all: PlannedLanguage[] = [];
      for (const language of languages) {
        await language.plan();
        all.push(summaries.get(language.lang)!);
      }
      return all;
    },
  };
}

function emptyPlan(lang: string): LanguagePlan {
  return { lang, kept: new Map(), work: [], stale: [] };
}

function summarisePlan(
  plan: LanguagePlan,
  choices: ReadonlyMap<string, ProviderChoice>,
): PlannedLanguage {
  const texts = new Set<string>();
  for (const item of plan.work) if (item.mode !== 'timestamp') texts.add(item.segment.text);
  let kept = 0;
  for (const ns of plan.kept.values()) kept += ns.size;
  let characters = 0;
  for (const text of texts) characters += text.length;
  return {
    lang: plan.lang,
    provider: choices.get(plan.lang)?.spec,
    segments: texts.size,
    characters,
    kept,
    stale: plan.stale.length,
  };
}

function guardCost(planned: readonly PlannedLanguage[], maxCharacters: number | undefined): void {
  if (maxCharacters === undefined) return;
  const total = planned.reduce((sum, p) => sum + p.characters, 0);
  if (total > maxCharacters) {
    throw new UserError(
      `Could not start the run: it would send ${total} characters, above --max-characters ${maxCharacters}. Raise the limit, or translate fewer languages with --lang.`,
    );
  }
}
