import type { Command } from './command.js';

export function formatHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`);
  return [
    'tolk — Swedish source texts to reviewed, glossary-pinned i18next locale files',
    '',
    'Usage: tolk <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "tolk <command> --help" for the options of a command.',
    'Exit codes: 0 all well, 1 checks found errors, 2 bad usage, config or input, 3 provider failure, 130 interrupted.',
    '',
  ].join('\n');
}

export function formatCommandHelp(command: Command): string {
  return `${command.summary}\n\n${command.usage}\n`;
}
