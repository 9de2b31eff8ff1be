import { loadConfig, type TolkConfig } from '../../config/index.js';
import { InterruptedError, QuotaExceededError, UserError } from '../../errors.js';
import { type PlannedLanguage, translateProject } from '../../pipeline.js';
import { readRemainingQuota } from '../../providers/index.js';
import type { CliIo, Command } from '../command.js';
import { createProgress } from '../progress.js';
import { listOption, selectTargets } from './select-targets.js';

export const translateCommand: Command = {
  name: 'translate',
  summary: 'Translate the Swedish texts into every target language and write the locale files',
  usage: [
    'tolk translate [--provider NAME|./module.mjs] [--lang L]... [--dry-run] [--max-characters N] [--retranslate-stale]',
    '',
    '  --provider NAME        auto (default: DeepL with DEEPL_AUTH_KEY, else offline engines), deepl, pseudo, apertium or a module path',
    '  --lang L               only this target language (repeatable)',
    '  --dry-run              print what would be sent and billed; write nothing',
    '  --max-characters N     refuse to start a run that would send more characters',
    '  --retranslate-stale    retranslate human translations whose Swedish changed, instead of marking them stale',
  ].join('\n'),
  options: {
    provider: { type: 'string' },
    lang: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    'max-characters': { type: 'string' },
    'retranslate-stale': { type: 'boolean' },
  },
  async run({ values }, io) {
    const config = await loadConfig(io.cwd);
    const langs = selectTargets(config, listOption(values.lang)).targets;
    const maxCharacters = parseCount(values['max-characters'] as string | undefined);
    const progress = createProgress(io.stderr, io.isTTY);
    const result = await translateProject({
      config,
      langs,
      env: io.env,
      ...(typeof values.provider === 'string' ? { provider: values.provider } : {}),
      dryRun: values['dry-run'] === true,
      ...(maxCharacters === undefined ? {} : { maxCharacters }),
      retranslateStale: values['retranslate-stale'] === true,
      ...(io.signal ? { signal: io.signal } : {}),
      onProgress: progress.update,
      log: (line) => io.stderr(`${line}\n`),
    });
    progress.finish();

    if (result.dryRun) {
      io.stdout('Dry run: nothing sent, nothing written.\n');
      for (const p of result.planned) {
        io.stdout(
          `${p.lang}: ${p.segments} segment(s), ${p.characters} characters to send${p.provider ? ` via ${p.provider}` : ''}; ${p.kept} kept${p.stale ? `, ${p.stale} stale` : ''}\n`,
        );
      }
      const total = result.planned.reduce((s, p) => s + p.characters, 0);
      io.stdout(`Total: ${total} characters.\n`);
      await printQuota(result.planned, config, io);
      return 0;
    }
    for (const p of result.planned) {
      const done = result.languages.find((l) => l.lang === p.lang);
      const by = done?.provider ? ` by ${done.provider}` : '';
      io.stdout(
        `${p.lang}: ${done?.translated ?? 0} translated${by}, ${p.kept} kept${p.stale ? `, ${p.stale} stale (Swedish changed under a human translation; see tolk check)` : ''}\n`,
      );
    }
    if (result.billed > 0) io.stdout(`Billed: ${result.billed} characters.\n`);
    for (const note of result.notes) {
      io.stderr(
        `${note.severity}: ${note.lang}/${note.ns} ${note.key}: [${note.check}] ${note.message}\n`,
      );
    }
    if (result.stopped) return reportStop(result.stopped, io);
    return result.notes.some((n) => n.severity === 'error') ? 1 : 0;
  },
};

/** With a DeepL key, the dry run also tells whether the account can pay for the run. */
async function printQuota(
  planned: readonly PlannedLanguage[],
  config: TolkConfig,
  io: CliIo,
): Promise<void> {
  const specs = new Set(planned.map((p) => p.provider).filter((p) => p !== undefined));
  for (const spec of specs) {
    const quota = await readRemainingQuota(spec, {
      env: io.env,
      settings: config.providers[spec] ?? {},
      targets: config.targets,
    }).catch((error: unknown) => {
      io.stderr(`warning: could not read the ${spec} quota: ${(error as Error).message}\n`);
      return undefined;
    });
    if (!quota) continue;
    const wanted = planned.filter((p) => p.provider === spec).reduce((s, p) => s + p.characters, 0);
    const left = quota.limit - quota.used;
    io.stdout(
      `${spec} quota: ${quota.used} of ${quota.limit} characters used, ${left} left${wanted > left ? ` — not enough for this run (${wanted})` : ''}.\n`,
    );
  }
}

/** Says why the run stopped and that what it did is kept; returns the exit code. */
function reportStop(stopped: Error, io: CliIo): number {
  const reason = io.signal?.reason;
  if (stopped instanceof QuotaExceededError) {
    io.stderr(
      `tolk: the provider's character quota is used up: ${stopped.message} What was translated is written and locked; run again when the quota allows, finished segments are not sent again.\n`,
    );
  } else if (stopped instanceof InterruptedError) {
    const why =
      reason instanceof InterruptedError
        ? reason.message
        : 'Stopped by a signal; what was translated so far is written and locked.';
    io.stderr(`tolk: ${why} Run again to finish; finished segments are not sent again.\n`);
  } else {
    io.stderr(
      `tolk: the run stopped early: ${stopped.message} What was translated is written and locked; run again to finish.\n`,
    );
  }
  return 'exitCode' in stopped && typeof stopped.exitCode === 'number' ? stopped.exitCode : 3;
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new UserError(
      `Could not read --max-characters: "${value}" is not a whole number. Give a number such as 500000.`,
    );
  }
  return n;
}
