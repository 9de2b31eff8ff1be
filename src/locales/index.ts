export { formatLocaleJson } from './format-json.js';
export { hashText } from './hash.js';
export { journalLock } from './journal-lock.js';
export { keepExtraKeys } from './keep-extra-keys.js';
export {
  findLocaleFiles,
  type LocaleFileRef,
  lineOfKey,
  localeFilePath,
  readLocaleFile,
  readLocaleFileWithLines,
  readLocaleFileWithLinesSync,
  writeLocaleFile,
} from './locale-files.js';
export {
  emptyLock,
  formatLock,
  type JournaledLock,
  type PrintedNamespaces,
  readLock,
  writeLock,
} from './lock.js';
export { openTranslationMemory, type TranslationMemory } from './memory.js';
export type { FlatLocale } from './parse-json.js';
export { acquireRunLock } from './run-lock.js';
export { settleLock } from './settle-lock.js';
export { removeWriteLeftovers, writeFileAtomic } from './write-atomic.js';
