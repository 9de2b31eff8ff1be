import { loadConfig } from '../../config/index.js';
import {
  findTermOverlaps,
  formatGlossaryProblems,
  inspectGlossaryFile,
} from '../../glossary/index.js';
import type { Command } from '../command.js';

export const glossaryCheckCommand: Command = {
  name: 'glossary check',
  summary: 'Validate glossary.yaml: every error with line and column, warnings, terms inside terms',
  usage: 'tolk glossary check [--format text|json]',
  options: { format: { type: 'string', default: 'text' } },
  async run({ values }, io) {
    const config = await loadConfig(io.cwd);
    const { glossary, errors, warnings } = await inspectGlossaryFile(config.glossary, {
      targets: config.targets,
    });
    const overlaps = findTermOverlaps(glossary).map((o) => ({
      term: o.outer.term,
      line: o.outer.line,
      column: o.outer.column,
      form: o.form,
      contains: o.inner.term,
    }));
    if (values.format === 'json') {
      io.stdout(`${JSON.stringify({ errors, warnings, overlaps }, null, 2)}\n`);
    } else {
      const report = formatGlossaryProblems(errors, warnings);
      if (report) io.stdout(`${report}\n`);
      for (const o of overlaps) {
        io.stdout(
          `${config.glossary}:${o.line}:${o.column}: info: "${o.form}" contains the term "${o.contains}"; the longer match wins there\n`,
        );
      }
      io.stdout(
        `${glossary.terms.length} terms, ${errors.length} errors, ${warnings.length} warnings.\n`,
      );
    }
    return errors.length > 0 ? 2 : 0;
  },
};
