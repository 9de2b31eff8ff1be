// The state of a project's translations: what `tolk status` counts and `tolk review` compares.

export { classifyKey, isHumanProducer, type KeyState, type KeyStatus } from './classify-key.js';
export { formatStatus, STATUS_FORMATS, type StatusFormat } from './format-status.js';
export { type KeyStates, planKeyStates, stateOf } from './plan-key-states.js';
export { readSnapshot } from './read-snapshot.js';
export { type SnapshotNamespace, sourcesFor, type TranslationSnapshot } from './snapshot.js';
export {
  type PlannedRun,
  type StatusReport,
  type StatusRow,
  summariseStatus,
} from './summarise-status.js';
