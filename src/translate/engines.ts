// The run's engines: one instance per provider spec, so that an engine's rate limiting sees the
// whole run, made when first asked for, so that the pipeline can set one up before it plans.

import { getOrCreate } from '../collections.js';
import type { TolkConfig } from '../config/index.js';
import { pairGlossary } from '../glossary/index.js';
import { createProvider } from '../providers/index.js';
import type { PairGlossary, Provider } from '../providers/types.js';
import type { Glossary } from '../types.js';

export interface Engines {
  get(spec: string): Promise<Provider>;
  /**
   * Sets the engine for `spec` up and starts its round trips for `lang` (DeepL: the pair's
   * glossary), without waiting for them. Never fails: a failure surfaces when the engine is used.
   */
  prepare(spec: string, lang: string): Promise<void>;
  /** The glossary `lang`'s requests carry: only an engine that pins terms itself gets one. */
  glossaryFor(provider: Provider, lang: string): PairGlossary | undefined;
  dispose(): Promise<void>;
}

export interface EnginesInput {
  config: TolkConfig;
  env: Readonly<Record<string, string | undefined>>;
  glossary: Glossary;
}

export function createEngines(input: EnginesInput): Engines {
  const { config } = input;
  const engines = new Map<string, Promise<Provider>>();
  const get = (spec: string) =>
    getOrCreate(engines, spec, () =>
      createProvider(spec, {
        cwd: config.root,
        env: input.env,
        settings: config.providers[spec] ?? config.providers.custom ?? {},
        targets: config.targets,
      }),
    );
  const glossaryFor = (provider: Provider, lang: string) =>
    provider.capabilities.glossary === true && !config.maskTerms
      ? pairGlossary(input.glossary, config.source, lang)
      : undefined;
  return {
    get,
    glossaryFor,
    async prepare(spec, lang) {
      let provider: Provider;
      try {
        provider = await get(spec);
      } catch {
        return;
      }
      const glossary = glossaryFor(provider, lang);
      provider.prepare?.({
        source: config.source,
        target: lang,
        ...(glossary ? { glossary } : {}),
      });
    },
    async dispose() {
      const all = [...engines.values()];
      engines.clear();
      for (const engine of all) await engine.then((p) => p.dispose?.()).catch(() => undefined);
    },
  };
}
