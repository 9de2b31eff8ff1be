// The glossary stage: read and validate glossary.yaml, find terms, pin, mask and restore,
// and verify translations.

export { glossaryForms, swedishGenitives } from './forms.js';
export {
  type GlossaryInspection,
  type GlossaryOptions,
  inspectGlossary,
} from './inspect-glossary.js';
export { checkLanguageCode, coversTarget } from './language.js';
export {
  type MaskedText,
  maskTerms,
  type RestoredText,
  restoreTerms,
  TERM_TOKEN_PATTERN,
  termToken,
} from './mask.js';
export { matchTerms } from './match.js';
export { formatGlossaryTsv, hashTermPins, pairGlossary, pinFor, pinForMatch } from './pins.js';
export { derivePossessive } from './possessive.js';
export type { GlossaryProblem, GlossaryWarning } from './problems.js';
export {
  glossaryExists,
  inspectGlossaryFile,
  parseGlossary,
  type ReadGlossaryResult,
  readGlossary,
} from './read.js';
export {
  findTermOverlaps,
  formatGlossaryProblems,
  formatPinTable,
  listGlossaryPins,
  type PinRow,
  type TermOverlap,
} from './report.js';
export { scanTokens, type TokenSpans } from './scan-tokens.js';
export { findUnpinnedTerms, type UnpinnedTerm } from './verify.js';
