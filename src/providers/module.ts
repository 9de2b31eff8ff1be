// A user's own engine: a module whose default export is `(options) => provider`.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProviderError, UserError } from '../errors.js';
import type { Provider, ProviderOptions } from './types.js';

export function isModuleSpec(spec: string): boolean {
  return /^\.{0,2}\//.test(spec) || /\.(m?js|cjs|ts|mts)$/.test(spec);
}

export async function loadModuleProvider(
  spec: string,
  options: ProviderOptions,
): Promise<Provider> {
  const file = resolve(options.cwd, spec);
  const position = { file };
  if (!existsSync(file)) {
    throw new UserError(
      `Could not load the provider module: ${spec} does not exist. Check "provider" in tolk.config.yaml (paths are relative to the project).`,
      { position },
    );
  }
  let factory: unknown;
  try {
    factory = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new UserError(
      `Could not load the provider module: importing it threw "${(error as Error).message}". Fix the module.`,
      {
        position,
        cause: error,
      },
    );
  }
  if (typeof factory !== 'function') {
    throw new UserError(
      'Could not load the provider module: its default export is not a function. Export `default (options) => ({ name, translate })`.',
      { position },
    );
  }
  let provider: unknown;
  try {
    provider = await factory(options);
  } catch (error) {
    throw new UserError(
      `Could not create the provider: the module's factory threw "${(error as Error).message}".`,
      {
        position,
        cause: error,
      },
    );
  }
  return checkProvider(provider, spec);
}

function checkProvider(value: unknown, spec: string): Provider {
  const candidate = value as Partial<Provider> | null;
  if (
    !candidate ||
    typeof candidate.name !== 'string' ||
    typeof candidate.translate !== 'function'
  ) {
    throw new UserError(
      `Could not create the provider: ${spec} returned ${candidate === null ? 'null' : typeof candidate} instead of { name: string, translate(texts, ctx) }. Return such an object from the default export.`,
    );
  }
  const provider = candidate as Provider;
  const name = provider.name;
  return {
    name,
    capabilities: provider.capabilities ?? {},
    async translate(texts, ctx) {
      const out: unknown = await provider.translate(texts, ctx);
      if (
        !Array.isArray(out) ||
        out.length !== texts.length ||
        !out.every((t) => typeof t === 'string')
      ) {
        const got = Array.isArray(out) ? `${out.length} values` : typeof out;
        throw new ProviderError(
          `Provider "${name}" (${spec}) returned ${got} for ${texts.length} texts; translate() must resolve to one string per text, in order.`,
          name,
        );
      }
      return out as string[];
    },
    ...(provider.dispose ? { dispose: () => provider.dispose!() } : {}),
  };
}
