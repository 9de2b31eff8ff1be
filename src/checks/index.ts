// The consistency checks: pure functions from locale data to findings, and the reporters.

export { CHECKS } from './catalogue.js';
export { hashText } from './hash-text.js';
export {
  formatFindings,
  formatFindingsInChunks,
  REPORT_FORMATS,
  type ReportFormat,
} from './report/format-findings.js';
export { runChecks } from './run-checks.js';
export {
  CHECK_IDS,
  type Check,
  type CheckEntry,
  type CheckFile,
  type CheckId,
  type CheckRun,
} from './types.js';
