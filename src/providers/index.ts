// The provider registry: built-in engines by name, or a user's module by path.

import { UserError } from '../errors.js';
import { isModuleSpec, loadModuleProvider } from './module.js';
import type { Provider, ProviderFactory, ProviderOptions } from './types.js';

const BUILT_IN: Record<string, () => Promise<ProviderFactory>> = {
  apertium: async () => (await import('./apertium.js')).createApertiumProvider,
  deepl: async () => (await import('./deepl.js')).createDeeplProvider,
  pseudo: async () => (await import('./pseudo.js')).createPseudoProvider,
};

export { isModuleSpec };

export const PROVIDER_NAMES = Object.keys(BUILT_IN);

export async function createProvider(spec: string, options: ProviderOptions): Promise<Provider> {
  if (isModuleSpec(spec)) return loadModuleProvider(spec, options);
  const load = BUILT_IN[spec];
  if (!load) {
    throw new UserError(
      `Could not choose the provider: "${spec}" is neither a built-in provider (${[...PROVIDER_NAMES, 'auto'].join(', ')}) nor a module path (./my-engine.mjs). Fix "provider" in tolk.config.yaml or --provider.`,
    );
  }
  return (await load())(options);
}

/**
 * With `provider: auto`: DeepL when a key is set; otherwise Apertium where it is installed and covers
 * the language; otherwise none (the plan keeps what the lock holds).
 */
export async function chooseAutoProvider(
  lang: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string | undefined> {
  if (env.DEEPL_AUTH_KEY) return 'deepl';
  const { detectApertium, findApertiumStatus } = await import('./apertium.js');
  const status = findApertiumStatus(await detectApertium({ env }), lang);
  if (status?.ok && !status.experimental) return 'apertium';
  return undefined;
}

/** The account's remaining characters, for providers that bill by character and can tell (DeepL). */
export async function readRemainingQuota(
  spec: string,
  options: Pick<ProviderOptions, 'env' | 'settings' | 'targets'>,
): Promise<{ used: number; limit: number } | undefined> {
  if (spec !== 'deepl') return undefined;
  const { readDeeplUsage } = await import('./deepl-usage.js');
  const usage = await readDeeplUsage(options);
  return { used: usage.characterCount, limit: usage.characterLimit };
}

export type * from './types.js';
