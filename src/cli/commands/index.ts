import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { glossaryCheckCommand } from './glossary-check.js';
import { glossaryListCommand } from './glossary-list.js';
import { glossarySyncCommand } from './glossary-sync.js';
import { mockServerCommand } from './mock-server.js';
import { reviewCommand } from './review.js';
import { segmentCommand } from './segment.js';
import { statusCommand } from './status.js';
import { translateCommand } from './translate.js';
import { xliffExportCommand, xliffImportCommand } from './xliff.js';

export const COMMANDS: readonly Command[] = [
  translateCommand,
  segmentCommand,
  checkCommand,
  statusCommand,
  reviewCommand,
  glossaryCheckCommand,
  glossaryListCommand,
  xliffExportCommand,
  xliffImportCommand,
  glossarySyncCommand,
  mockServerCommand,
];
