// A user's own engine: a module whose default export is `(options) => provider`.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProviderModuleError, UserError } from '../errors.js';
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
  return checkProvider(provider, spec, options.cwd);
}

function checkProvider(value: unknown, spec: string, cwd: string): Provider {
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
  const file = resolve(cwd, spec);
  return {
    name,
    capabilities: provider.capabilities ?? {},
    async translate(texts, ctx) {
      let out: unknown;
      try {
        out = await provider.translate(texts, ctx);
      } catch (error) {
        // A stop (Ctrl-C) aborts the engine too; that is not the module's fault.
        if (ctx.signal?.aborted) throw error;
        throw new ProviderModuleError(
          `Could not translate with the provider module ${spec}: its translate() threw "${(error as Error)?.message ?? String(error)}". Fix the module (or the service it calls) and run again; nothing was written.`,
          name,
          { position: { file, ...lineOf(error, file) }, cause: error },
        );
      }
      if (
        !Array.isArray(out) ||
        out.length !== texts.length ||
        !out.every((t) => typeof t === 'string')
      ) {
        const got = Array.isArray(out) ? `${out.length} values` : typeof out;
        throw new ProviderModuleError(
          `Could not translate with the provider module ${spec}: translate() of "${name}" returned ${got} for ${texts.length} texts. Make it resolve to one string per text, in order, and run again; nothing was written.`,
          name,
          { position: { file } },
        );
      }
      return out as string[];
    },
    ...(provider.dispose ? { dispose: () => provider.dispose!() } : {}),
  };
}

/** The module's line in a thrown error's stack, so the message points at the failing code. */
function lineOf(error: unknown, file: string): { line?: number; column?: number } {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  // Node prints the module's URL; a test runner that loads modules itself, the plain path.
  for (const name of [pathToFileURL(file).href, file]) {
    for (const frame of stack.split('\n')) {
      const at = frame.indexOf(name);
      if (at < 0) continue;
      const match = /^:(\d+):(\d+)/.exec(frame.slice(at + name.length));
      if (match) return { line: Number(match[1]), column: Number(match[2]) };
    }
  }
  return {};
}
