// `tolk xliff export` and `tolk xliff import`: a language's translations out to a translator's CAT
// tool as XLIFF 2.0, and back in as human translations.

import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadConfig, type TolkConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { acquireRunLock, writeFileAtomic } from '../../locales/index.js';
import {
  buildXliffExport,
  formatXliff,
  type ImportPlan,
  type LanguageState,
  planXliffImport,
  readLanguageState,
  readXliff,
  relativeTo,
  writeXliffImport,
} from '../../xliff/index.js';
import type { CliIo, Command } from '../command.js';
import { selectTargets } from './select-targets.js';

export const xliffExportCommand: Command = {
  name: 'xliff export',
  summary: 'Write a language’s translations as XLIFF 2.0 for a translator’s CAT tool',
  usage: [
    'tolk xliff export [--lang L]... [--ns N]... [--out FILE|-]',
    '',
    '  --lang L     the target language (repeatable; default: every target, one file each)',
    '  --ns N       only this namespace (repeatable; default: all, one <file> each)',
    '  --out FILE   where to write (default: xliff/<lang>.xlf in the project; "-" for stdout)',
    '',
    'States: translated = machine-made, reviewed = by a person, initial = missing or outdated.',
  ].join('\n'),
  options: {
    lang: { type: 'string', multiple: true },
    ns: { type: 'string', multiple: true },
    out: { type: 'string' },
  },
  async run({ values }, io) {
    const config = selectTargets(await loadConfig(io.cwd), values.lang as string[] | undefined);
    const out = values.out as string | undefined;
    if (out !== undefined && config.targets.length > 1) {
      throw new UserError(
        `Could not export: --out names one file, but ${config.targets.length} languages would be exported (${config.targets.join(', ')}). Add --lang, or leave out --out to write xliff/<lang>.xlf for each.`,
      );
    }
    const namespaces = values.ns as string[] | undefined;
    for (const lang of config.targets) {
      const state = await readLanguageState(config, lang);
      checkNamespaces(state, namespaces);
      const doc = buildXliffExport(state, {
        ...(namespaces ? { namespaces } : {}),
        original: (file) => relativeTo(config, file),
      });
      const text = formatXliff(doc);
      if (out === '-') {
        io.stdout(text);
        continue;
      }
      const file =
        out === undefined ? join(config.root, 'xliff', `${lang}.xlf`) : resolve(io.cwd, out);
      await writeFileAtomic(file, text);
      const units = doc.files.flatMap((f) => f.units);
      const count = (s: string) => units.filter((u) => u.state === s).length;
      io.stdout(
        `Wrote ${relative(io.cwd, file)}: ${units.length} units in ${doc.files.length} file(s) (${count('translated')} translated, ${count('reviewed')} reviewed, ${count('initial')} initial).\n`,
      );
    }
    return 0;
  },
};

export const xliffImportCommand: Command = {
  name: 'xliff import',
  summary: 'Read XLIFF 2.0 back from a translator as human translations',
  usage: [
    'tolk xliff import FILE... [--dry-run]',
    '',
    'A target that differs from the current translation, or a unit set to reviewed or final,',
    'becomes a human translation (kept by every later tolk translate). A unit whose source is',
    'not the current Swedish is refused and listed (exit 1); the rest is imported.',
    '  --dry-run    show what would change; write nothing',
  ].join('\n'),
  options: { 'dry-run': { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) {
      throw new UserError('Could not import: no file given. Usage: tolk xliff import xliff/de.xlf');
    }
    const config = await loadConfig(io.cwd);
    const release = values['dry-run']
      ? undefined
      : await acquireRunLock(join(config.root, '.tolk', 'run.lock'));
    try {
      // Every file is read and checked before anything is written.
      const imports: Array<{ file: string; state: LanguageState; plan: ImportPlan }> = [];
      for (const given of positionals) {
        const file = resolve(io.cwd, given);
        const doc = readXliff(await readBytes(file), file);
        const lang = matchLanguage(config, doc.srcLang, doc.trgLang, file);
        if (imports.some((i) => i.plan.lang === lang)) {
          throw new UserError(
            `Could not import: two files are for ${lang}. Import them one after the other.`,
            { position: { file } },
          );
        }
        const state = await readLanguageState(config, lang);
        imports.push({ file, state, plan: planXliffImport(doc, state, file) });
      }
      let refused = 0;
      for (const { file, state, plan } of imports) {
        if (!values['dry-run']) await writeXliffImport(config.lock, state, plan);
        reportImport(io, relative(io.cwd, file), plan, values['dry-run'] === true);
        refused += plan.refused.length;
      }
      return refused > 0 ? 1 : 0;
    } finally {
      await release?.();
    }
  },
};

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? 'Could not import the XLIFF file: it does not exist. Check the path.'
        : `Could not import the XLIFF file: ${(error as Error).message}. Check its permissions.`,
      { position: { file }, cause: error },
    );
  }
}

/** The project's spelling of the file's target language (`en-gb` → `en-GB`). */
function matchLanguage(
  config: TolkConfig,
  srcLang: string,
  trgLang: string | undefined,
  file: string,
): string {
  if (srcLang.toLowerCase() !== config.source.toLowerCase()) {
    throw new UserError(
      `Could not import the XLIFF file: its srcLang is "${srcLang}", but this project translates from "${config.source}". Import it into the project it was exported from.`,
      { position: { file } },
    );
  }
  const lang = config.targets.find((t) => t.toLowerCase() === trgLang?.toLowerCase());
  if (!lang) {
    throw new UserError(
      trgLang
        ? `Could not import the XLIFF file: its trgLang "${trgLang}" is not a target of this project (${config.targets.join(', ')}). Set trgLang to the target it translates, or add the language to "targets" in tolk.config.yaml.`
        : 'Could not import the XLIFF file: the <xliff> element has no trgLang, so the language is unknown. Add trgLang="de" (the target it translates).',
      { position: { file } },
    );
  }
  return lang;
}

function checkNamespaces(state: LanguageState, wanted: readonly string[] | undefined): void {
  const known = state.namespaces.map((n) => n.ns);
  for (const ns of wanted ?? []) {
    if (!known.includes(ns)) {
      throw new UserError(
        `Could not export --ns ${ns}: there is no such namespace. Pick one of ${known.join(', ')}.`,
      );
    }
  }
}

function reportImport(io: CliIo, file: string, plan: ImportPlan, dryRun: boolean): void {
  const byNs = new Map<string, number>();
  for (const u of plan.updates) byNs.set(u.ns, (byNs.get(u.ns) ?? 0) + 1);
  const where = [...byNs].map(([ns, n]) => `${ns} ${n}`).join(', ');
  const verb = dryRun ? 'would import' : 'imported';
  io.stdout(
    `${plan.lang}: ${verb} ${plan.updates.length} human translation(s)${where ? ` (${where})` : ''}; ${plan.unchanged} unit(s) unchanged${plan.refused.length ? `; ${plan.refused.length} refused` : ''}.\n`,
  );
  for (const r of plan.refused) {
    io.stderr(
      `${file}:${r.line}: refused "${r.key}" (${r.ns}): ${r.why}. Export again with "tolk xliff export --lang ${plan.lang}" and redo it there.\n`,
    );
  }
}
