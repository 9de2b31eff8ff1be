// `tolk status`: where the translations stand per language and namespace, and what the next run
// would send and bill.

import { loadConfig, type TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { readGlossary } from '../../glossary/index.js';
import { type TranslateResult, translateProject } from '../../pipeline.js';
import {
  formatStatus,
  type PlannedRun,
  readSnapshot,
  STATUS_FORMATS,
  type StatusFormat,
  type StatusReport,
  summariseStatus,
} from '../../status/index.js';
import { createTermsHasher } from '../../translate/terms-hash.js';
import type { Command } from '../command.js';
import { selectTargets } from './select-targets.js';

export const statusCommand: Command = {
  name: 'status',
  summary:
    'Show per language and namespace what is up to date, machine-made, human, stale or missing',
  usage: [
    'tolk status [--format text|json] [--lang L]... [--provider NAME]',
    '',
    '  --format text|json   a table (default) or JSON',
    '  --lang L             only this target language (repeatable)',
    "  --provider NAME      the provider the next run would use (default: the config's)",
    '',
    'Counts per key: up to date; machine-made (per provider), human (edited by a reviewer) or manual;',
    'stale (human translation whose Swedish changed), outdated (machine translation the next run',
    'replaces), missing. Then the segments and characters the next `tolk translate` would send.',
  ].join('\n'),
  options: {
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', multiple: true },
    provider: { type: 'string' },
  },
  async run({ values }, io) {
    const format = values.format ?? 'text';
    if (typeof format !== 'string' || !(STATUS_FORMATS as readonly string[]).includes(format)) {
      throw new UserError(
        `Could not show the status: --format must be one of ${STATUS_FORMATS.join(', ')}, not "${String(format)}".`,
      );
    }
    const config = selectTargets(await loadConfig(io.cwd), values.lang as string[] | undefined);
    const provider = typeof values.provider === 'string' ? values.provider : undefined;
    const report = await collectStatus(config, io.env, provider);
    io.stdout(formatStatus(report, format as StatusFormat));
    return 0;
  },
};

export async function collectStatus(
  config: TolkConfig,
  env: Readonly<Record<string, string | undefined>>,
  provider?: string,
): Promise<StatusReport> {
  const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
  const snapshot = await readSnapshot(config);
  const rows = summariseStatus(snapshot, config.targets, createTermsHasher(glossary));
  const { planned, problem } = await planNextRun(config, env, provider);
  return {
    sourceLang: config.source,
    rows,
    planned,
    ...(problem ? { providerProblem: problem } : {}),
  };
}

/** The dry run; without a usable provider the counts still stand, only the provider is unknown. */
async function planNextRun(
  config: TolkConfig,
  env: Readonly<Record<string, string | undefined>>,
  provider: string | undefined,
): Promise<{ planned: PlannedRun[]; problem?: string }> {
  const dryRun = (spec: string | undefined): Promise<TranslateResult> =>
    translateProject({ config, env, dryRun: true, ...(spec ? { provider: spec } : {}) });
  try {
    return { planned: toPlanned(await dryRun(provider)) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    // Planning does not depend on the engine: name any, then forget it.
    const result = await dryRun('pseudo');
    const planned = toPlanned(result).map((p) => ({ ...p, provider: undefined }));
    return { planned, problem: error.message.replace(/ Nothing was written\.$/, '') };
  }
}

function toPlanned(result: TranslateResult): PlannedRun[] {
  return result.planned.map((p) => ({
    lang: p.lang,
    provider: p.provider,
    segments: p.segments,
    characters: p.characters,
  }));
}
