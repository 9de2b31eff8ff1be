// Every command by name, loaded on demand: a run imports only the modules its command needs
// (importing all of them cost about a second of CPU on every call).

import type { Command } from '../command.js';

export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<Command>>> = {
  translate: async () => (await import('./translate.js')).translateCommand,
  segment: async () => (await import('./segment.js')).segmentCommand,
  check: async () => (await import('./check.js')).checkCommand,
  status: async () => (await import('./status.js')).statusCommand,
  review: async () => (await import('./review.js')).reviewCommand,
  'glossary check': async () => (await import('./glossary-check.js')).glossaryCheckCommand,
  'glossary list': async () => (await import('./glossary-list.js')).glossaryListCommand,
  'glossary sync': async () => (await import('./glossary-sync.js')).glossarySyncCommand,
  'xliff export': async () => (await import('./xliff.js')).xliffExportCommand,
  'xliff import': async () => (await import('./xliff.js')).xliffImportCommand,
  'mock-server': async () => (await import('./mock-server.js')).mockServerCommand,
};

export const COMMAND_NAMES = Object.keys(COMMAND_LOADERS);

/** Every command, for the help text and for tests that look at them all. */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map((name) => COMMAND_LOADERS[name]!()));
}
