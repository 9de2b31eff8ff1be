// The validated shape of tolk.config.yaml; every path is resolved against the project directory.

import type { Severity } from '../types.js';

export interface TolkConfig {
  /** The project directory (where tolk.config.yaml is, or the current directory). */
  root: string;
  /** The config file, when there is one. */
  file?: string;
  /** Source language code, `sv`. */
  source: string;
  /** Target locales (folder names under `locales`). */
  targets: string[];
  /** Absolute directory holding the Swedish source texts. */
  content: string;
  /** Absolute directory of the i18next locale files. */
  locales: string;
  /** Absolute path of glossary.yaml. */
  glossary: string;
  /** Absolute path of the lock file. */
  lock: string;
  /** `auto`, a registered provider name, or a module path (`./my-engine.mjs`). */
  provider: string;
  /** Per-provider settings: `deepl: { formality: … }`, `apertium: { … }`, keyed by provider name. */
  providers: Record<string, Record<string, unknown>>;
  /** Segment kinds never sent to a provider and not written (`boilerplate`). */
  exclude: string[];
  /** Mask glossary terms even for providers that pin natively. */
  maskTerms: boolean;
  /** Per check id: a severity or `off`. */
  checks: Record<string, Severity | 'off'>;
}
