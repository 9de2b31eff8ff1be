import { loadConfig } from '../../config/index.js';
import { UserError } from '../../errors.js';
import { formatPinTable, listGlossaryPins, readGlossary } from '../../glossary/index.js';
import type { Command } from '../command.js';
import { listOption, selectTargets } from './select-targets.js';

export const glossaryListCommand: Command = {
  name: 'glossary list',
  summary: 'Show the resolved pins per target language',
  usage: 'tolk glossary list [--lang L]... [--format table|json]',
  options: {
    lang: { type: 'string', multiple: true },
    format: { type: 'string', default: 'table' },
  },
  async run({ values }, io) {
    if (values.format !== 'table' && values.format !== 'json') {
      throw new UserError(
        `Could not list the glossary: --format must be table or json, not "${String(values.format)}".`,
      );
    }
    const all = await loadConfig(io.cwd);
    const config = selectTargets(all, listOption(values.lang));
    const { glossary, warnings } = await readGlossary(config.glossary, {
      targets: all.targets,
      required: true,
    });
    for (const warning of warnings) io.stderr(`warning: ${warning.message}\n`);
    if (values.format === 'json') {
      const pins = Object.fromEntries(
        config.targets.map((lang) => [lang, listGlossaryPins(glossary, lang)]),
      );
      io.stdout(`${JSON.stringify(pins, null, 2)}\n`);
    } else {
      io.stdout(
        `${config.targets.map((lang) => formatPinTable(listGlossaryPins(glossary, lang), lang)).join('\n\n')}\n`,
      );
    }
    return 0;
  },
};
