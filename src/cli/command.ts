// What every `tolk` subcommand is: a name, its options for node:util parseArgs, and a run function.

import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Writes to stdout; a promise when the text waits in memory for a slow reader (a pipe): await it
   * to write a large output at the reader's pace.
   */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress bars allowed. */
  isTTY: boolean;
  /** Aborted on SIGINT / SIGTERM. */
  signal?: AbortSignal;
}

export type ParsedOptions = Record<string, string | boolean | string[] | undefined>;

export interface CommandArgs {
  values: ParsedOptions;
  positionals: string[];
}

export interface Command {
  /** `translate`, or `glossary list` for a subcommand. */
  name: string;
  summary: string;
  /** Usage lines shown by `tolk <name> --help`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 all well, 1 findings, 2 user error. Throws UserError for bad input. */
  run(args: CommandArgs, io: CliIo): Promise<number>;
}
