export { suggestName } from '../suggest.js';
export { CONFIG_FILE, DEFAULTS, SEGMENT_KINDS } from './defaults.js';
export { isKnownLanguage, languageName } from './language.js';
export { loadConfig } from './load.js';
export type { TolkConfig } from './types.js';
