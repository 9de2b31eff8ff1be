import type { TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';

/** Narrows the config's targets to `--lang` values, each of which must be a configured target. */
export function selectTargets(
  config: TolkConfig,
  langs: readonly string[] | undefined,
): TolkConfig {
  if (!langs || langs.length === 0) return config;
  for (const lang of langs) {
    if (!config.targets.includes(lang)) {
      throw new UserError(
        `Could not select --lang ${lang}: it is not a target of this project (${config.targets.join(', ') || 'none'}). Add it to "targets" in tolk.config.yaml, or pick one of those.`,
      );
    }
  }
  return { ...config, targets: config.targets.filter((t) => langs.includes(t)) };
}

/** A repeatable or comma-separated option (`--lang de --lang uk`, `--lang de,uk`) as a list. */
export function listOption(value: string | boolean | string[] | undefined): string[] | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
