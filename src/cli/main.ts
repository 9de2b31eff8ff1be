// `tolk <command>`: parses arguments, runs the command, and is the only place that decides exit codes.

import { setMaxListeners } from 'node:events';
import { parseArgs } from 'node:util';
import { InterruptedError, ProviderError, UserError } from '../errors.js';
import type { CliIo, Command } from './command.js';
import { COMMAND_LOADERS, COMMAND_NAMES, loadAllCommands } from './commands/index.js';
import { formatCommandHelp, formatHelp } from './help.js';

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(formatHelp(await loadAllCommands()));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${await readVersion()}\n`);
    return 0;
  }
  const twoWord = second !== undefined && COMMAND_NAMES.includes(`${first} ${second}`);
  const load = COMMAND_LOADERS[twoWord ? `${first} ${second}` : first];
  if (!load) {
    const group = COMMAND_NAMES.filter((n) => n.startsWith(`${first} `));
    if (group.length > 0) {
      throw new UserError(
        `Could not run "tolk ${argv.join(' ')}": choose one of ${group.map((n) => `"tolk ${n}"`).join(', ')}.`,
      );
    }
    throw new UserError(
      `Could not run "tolk ${first}": there is no such command. Run "tolk --help" for the list.`,
    );
  }
  const command = await load();
  const rest = argv.slice(twoWord ? 2 : 1);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(formatCommandHelp(command));
    return 0;
  }
  return command.run(parseCommandArgs(command, rest), io);
}

function parseCommandArgs(command: Command, args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    return {
      values: values as Record<string, string | boolean | string[] | undefined>,
      positionals,
    };
  } catch (error) {
    throw new UserError(
      `Could not read the arguments of "tolk ${command.name}": ${(error as Error).message}. Usage:\n${command.usage}`,
    );
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UserError) {
    io.stderr(`tolk: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof InterruptedError) {
    io.stderr(`tolk: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof ProviderError) {
    io.stderr(`tolk: ${error.message}\n`);
    return error.exitCode;
  }
  io.stderr(
    `tolk: internal error — this is a bug in tolk, please report it with the lines below.\n${(error as Error).stack ?? String(error)}\n`,
  );
  return 70;
}

async function readVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(
    await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return pkg.version;
}

/** When a stream's queued writes have gone out, or it closed or failed (nothing will go out then). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.once('drain', done).once('close', done).once('error', done);
  });
}

function processIo(): CliIo {
  const controller = new AbortController();
  // Every request waiting for a slot listens for the stop (hundreds at newsroom scale) and stops
  // listening when it is sent: not a leak, so no warning.
  setMaxListeners(0, controller.signal);
  // The first signal stops the run cleanly (what is done is written); a second one exits at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(130);
      controller.abort(
        new InterruptedError(
          `Stopped by ${signal}; what was translated so far is written and locked.`,
        ),
      );
    });
  }
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => (process.stdout.write(text) ? undefined : drained(process.stdout)),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    signal: controller.signal,
  };
}
