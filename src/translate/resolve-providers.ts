// Which provider translates each language: the one asked for, or with `auto` DeepL when a key is set
// and an offline engine where one covers the language.

import { UserError } from '../errors.js';
import type { LanguagePlan } from '../plan/types.js';
import { chooseAutoProvider } from '../providers/index.js';

export interface ProviderChoice {
  spec: string;
}

/** Every language to the engine named: nothing about the plans is needed to choose. */
export function namedChoices(langs: readonly string[], spec: string): Map<string, ProviderChoice> {
  return new Map(langs.map((lang) => [lang, { spec }]));
}

export async function resolveProviders(
  plans: readonly LanguagePlan[],
  spec: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<Map<string, ProviderChoice>> {
  if (spec !== 'auto')
    return namedChoices(
      plans.map((plan) => plan.lang),
      spec,
    );
  const choices = new Map<string, ProviderChoice>();
  const unserved: string[] = [];
  for (const plan of plans) {
    const needsEngine = plan.work.filter((w) => w.mode !== 'timestamp').length;
    // Detecting offline engines starts them, so `auto` only looks when there is work.
    if (spec === 'auto' && needsEngine === 0) continue;
    const chosen = spec === 'auto' ? await chooseAutoProvider(plan.lang, env) : spec;
    if (chosen) choices.set(plan.lang, { spec: chosen });
    else if (needsEngine > 0)
      unserved.push(`${plan.lang} (${needsEngine} segment${needsEngine === 1 ? '' : 's'})`);
  }
  if (unserved.length > 0) {
    throw new UserError(
      `Could not translate ${unserved.join(', ')}: no provider is available — DEEPL_AUTH_KEY is not set and no offline engine covers ${unserved.length === 1 ? 'this language' : 'these languages'}. ` +
        'Set DEEPL_AUTH_KEY (see README "DeepL"), run with --provider pseudo for pseudo-localisation, or install an offline engine (apt-get install apertium apertium-recursive apertium-swe-nor apertium-swe-dan covers nb, nn and da). Nothing was written.',
    );
  }
  return choices;
}
