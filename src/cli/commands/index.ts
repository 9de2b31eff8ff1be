import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { segmentCommand } from './segment.js';
import { translateCommand } from './translate.js';

export const COMMANDS: readonly Command[] = [translateCommand, segmentCommand, checkCommand];
