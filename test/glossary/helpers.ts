import { UserError } from '../../src/errors.js';
import { parseGlossary } from '../../src/glossary/index.js';
import type { Glossary } from '../../src/types.js';

export const TARGETS = ['en-GB', 'de', 'uk', 'nb'] as const;

/** A glossary from YAML text; fails the test on any error. */
export function glossaryOf(yaml: string, targets: readonly string[] = TARGETS): Glossary {
  return parseGlossary(yaml, 'glossary.yaml', { targets }).glossary;
}

/** The UserError parsing `yaml` throws; fails the test when it does not throw one. */
export function parseError(yaml: string, targets: readonly string[] = TARGETS): UserError {
  try {
    parseGlossary(yaml, 'glossary.yaml', { targets });
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`expected a UserError for:\n${yaml}`);
}

/** Lines joined with \n, so YAML fixtures keep their indentation readable in tests. */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
