// The provider contract: a factory returning a plain object whose capabilities are data.

import type { TermMatch } from '../types.js';

/** A glossary for one language pair, as handed to a provider that pins terms itself. */
export interface PairGlossary {
  source: string;
  target: string;
  /** Swedish form → pinned target form, every form and genitive expanded; no duplicates. */
  entries: Record<string, string>;
  /** Hash of `entries`: equal hashes mean equal glossaries. */
  hash: string;
}

export interface TranslateContext {
  /** Source language code, `sv`. */
  source: string;
  /** Target locale as named by its folder under locales/ (`en-GB`, `de`, `nb`). */
  target: string;
  /** The pair's glossary, given only to providers with `capabilities.glossary`. */
  glossary?: PairGlossary;
  /** Per text (same index): the surrounding paragraph and headline, for engines that use context. */
  contexts?: (string | undefined)[];
  /** Per text (same index): the glossary terms matched in it, already masked when the provider cannot pin. */
  terms?: TermMatch[][];
  /** Aborts in-flight requests when the run is stopped. */
  signal?: AbortSignal;
  /** Called with the characters a request billed, as the provider reports them. */
  onBilled?: (characters: number) => void;
  /** Called with engine remarks on a text (`apertium-unknown: "uzbekiska"`), by index. */
  onNote?: (index: number, check: string, message: string) => void;
}

export interface ProviderCapabilities {
  /** Pins glossary terms itself (receives `ctx.glossary`); the pipeline still verifies the output. */
  glossary?: boolean;
  /** Keeps XML tags intact; the pipeline then masks terms and placeholders as `<x id="N"/>`. */
  tags?: boolean;
  /** The most texts one `translate` call should get; the pipeline batches to it. Default 50. */
  maxBatch?: number;
  /** How many `translate` calls may run at once. Default 4. */
  concurrency?: number;
  /** The placeholder this engine leaves alone, for masked terms, numbers and placeholders. */
  maskToken?: (index: number) => string;
  /** Translates without a network or key (offline engines, pseudo). */
  offline?: boolean;
  /** Languages this provider can translate into, when limited (Apertium). */
  targets?: readonly string[];
}

export interface Provider {
  name: string;
  capabilities: ProviderCapabilities;
  /** One string back per text, in order. */
  translate(texts: string[], ctx: TranslateContext): Promise<string[]>;
  /**
   * Starts what the first `translate` for a pair will need (DeepL: the pair's glossary) while the
   * pipeline is still planning. Never fails: a failure surfaces on that `translate`.
   */
  prepare?(ctx: Pick<TranslateContext, 'source' | 'target' | 'glossary'>): void;
  dispose?(): Promise<void>;
}

/** What a provider factory is given. `settings` is the provider's own section of tolk.config.yaml. */
export interface ProviderOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  settings: Readonly<Record<string, unknown>>;
  /** Target locales of this run. */
  targets: readonly string[];
}

export type ProviderFactory = (options: ProviderOptions) => Provider | Promise<Provider>;
