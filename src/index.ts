// tolk's public API. The CLI is built on exactly these.

export { main } from './cli/main.js';
export { isKnownLanguage, loadConfig, type TolkConfig } from './config/index.js';
export { InternalError, ProviderError, QuotaExceededError, UserError } from './errors.js';
export { type TranslateOptions, type TranslateResult, translateProject } from './pipeline.js';
export { createProvider } from './providers/index.js';
export type * from './providers/types.js';
export { segmentText, splitSentences } from './segment/index.js';
export type * from './types.js';
