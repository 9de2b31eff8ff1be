// XLIFF 2.0 round trip with translators' CAT tools: export a language, import it back as human
// translations. The XML reader reads no DTD and expands no entities.

export { buildXliffExport, glossaryNotes } from './build-export.js';
export { formatXliff, type XliffExport } from './format-xliff.js';
export { parseXml, type XmlElement, type XmlNode } from './parse-xml.js';
export {
  type ImportPlan,
  type ImportUpdate,
  planXliffImport,
  type RefusedUnit,
} from './plan-import.js';
export {
  type KeyStatus,
  type LanguageState,
  type NamespaceState,
  readLanguageState,
  relativeTo,
  statusOf,
} from './project-state.js';
export { readXliff } from './read-xliff.js';
export * from './types.js';
export { writeXliffImport } from './write-import.js';
