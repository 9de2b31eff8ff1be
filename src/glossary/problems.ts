import type { SourcePosition } from '../errors.js';

/** One thing wrong (or worth a warning) in glossary.yaml, with where it is. */
export interface GlossaryProblem {
  /** `yaml`, `duplicate`, `no-translation`, `empty`, `whitespace`, `unknown-field`, `type`,
   * `language`, `conflict`, `unused-language`, `missing-translation`. */
  code: string;
  /** `Could not <verb> <subject>: <why>. <how to fix>` for errors; a sentence for warnings. */
  message: string;
  position: SourcePosition;
}

/** Warnings do not stop a run: a translation no target uses, a target a term has no pin for. */
export type GlossaryWarning = GlossaryProblem;

export interface ProblemSink {
  error(code: string, position: SourcePosition, message: string): void;
  warn(code: string, position: SourcePosition, message: string): void;
}

export function collectProblems(): ProblemSink & {
  errors: GlossaryProblem[];
  warnings: GlossaryProblem[];
} {
  const errors: GlossaryProblem[] = [];
  const warnings: GlossaryProblem[] = [];
  return {
    errors,
    warnings,
    error: (code, position, message) => errors.push({ code, position, message }),
    warn: (code, position, message) => warnings.push({ code, position, message }),
  };
}
