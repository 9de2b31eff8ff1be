// The `deepl:` section of tolk.config.yaml, validated before any request, each error naming its field.

import { UserError } from '../errors.js';
import {
  isDeeplLanguage,
  listFormalityTargets,
  supportsFormality,
  toDeeplTarget,
} from './deepl-languages.js';

export type Formality = 'default' | 'more' | 'less' | 'prefer_more' | 'prefer_less';
export type ModelType = 'quality_optimized' | 'prefer_quality_optimized' | 'latency_optimized';

export interface DeeplSettings {
  serverUrl?: string;
  /** Per target locale. */
  formality: Map<string, Formality>;
  modelType?: ModelType;
  /** `auto`: XML tag handling only for requests whose texts hold tags (masked terms). */
  tagHandling: 'auto' | 'xml' | 'html';
  preserveFormatting: boolean;
  splitSentences: 'off' | 'on' | 'nonewlines';
  context: boolean;
  /** Use DeepL's own glossaries (the pipeline's check still verifies every pin). */
  glossary: boolean;
  timeoutMs: number;
  maxAttempts: number;
  concurrency: number;
  maxConcurrency: number;
  /** Target locale → DeepL code. */
  targets: Map<string, string>;
  languages: Record<string, string>;
}

const FORMALITIES: readonly Formality[] = ['default', 'more', 'less', 'prefer_more', 'prefer_less'];
const MODEL_TYPES: readonly ModelType[] = [
  'quality_optimized',
  'prefer_quality_optimized',
  'latency_optimized',
];
const KNOWN = [
  'serverUrl',
  'formality',
  'modelType',
  'tagHandling',
  'preserveFormatting',
  'splitSentences',
  'context',
  'glossary',
  'timeoutMs',
  'maxAttempts',
  'concurrency',
  'maxConcurrency',
  'languages',
];

function fail(field: string, why: string, fix: string): never {
  throw new UserError(`Could not read deepl.${field}: ${why}. ${fix}`);
}

function readEnum<T extends string>(
  raw: Readonly<Record<string, unknown>>,
  field: string,
  allowed: readonly T[],
) {
  const value = raw[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(
      field,
      `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`,
      `Set it to one of those`,
    );
  }
  return value as T;
}

function readBoolean(raw: Readonly<Record<string, unknown>>, field: string, fallback: boolean) {
  const value = raw[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    fail(field, `${JSON.stringify(value)} is not true or false`, 'Write true or false');
  return value;
}

function readInteger(
  raw: Readonly<Record<string, unknown>>,
  field: string,
  fallback: number,
  min: number,
) {
  const value = raw[field];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(
      field,
      `${JSON.stringify(value)} is not a whole number of at least ${min}`,
      'Fix the number',
    );
  }
  return value;
}

function readLanguages(raw: Readonly<Record<string, unknown>>): Record<string, string> {
  const value = raw.languages;
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('languages', 'it is not a map of locale to DeepL code', 'Write it as { en-AU: EN-GB }');
  }
  for (const [locale, code] of Object.entries(value)) {
    if (typeof code !== 'string')
      fail(`languages.${locale}`, 'the DeepL code is not a string', 'Write a code such as EN-GB');
  }
  return value as Record<string, string>;
}

function checkFormality(value: unknown, field: string): Formality {
  if (typeof value !== 'string' || !(FORMALITIES as readonly string[]).includes(value)) {
    fail(
      field,
      `${JSON.stringify(value)} is not one of ${FORMALITIES.join(', ')}`,
      'Set it to one of those',
    );
  }
  return value as Formality;
}

/** `formality: prefer_less` for all targets, or `{ default: prefer_less, de: more }` per target. */
function readFormality(raw: Readonly<Record<string, unknown>>, targets: Map<string, string>) {
  const value = raw.formality;
  const perTarget = new Map<string, Formality>();
  if (value === undefined) return perTarget;
  const byKey: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { default: value };
  for (const [locale, code] of targets) {
    const base = locale.split(/[-_]/)[0] ?? locale;
    const key = [locale, base, 'default'].find((k) => byKey[k] !== undefined);
    if (key === undefined) continue;
    const field = typeof value === 'object' ? `formality.${key}` : 'formality';
    const formality = checkFormality(byKey[key], field);
    if ((formality === 'more' || formality === 'less') && !supportsFormality(code)) {
      fail(
        field,
        `"${formality}" is not available for ${locale}: DeepL offers more/less formality only for ${listFormalityTargets()}`,
        `Use prefer_${formality}, which falls back to the default where formality is not available, or set it per language: formality: { default: prefer_${formality}, de: ${formality} }`,
      );
    }
    perTarget.set(locale, formality);
  }
  return perTarget;
}

export function readDeeplSettings(
  raw: Readonly<Record<string, unknown>>,
  locales: readonly string[],
): DeeplSettings {
  for (const key of Object.keys(raw)) {
    if (!KNOWN.includes(key)) fail(key, 'unknown setting', `Known settings: ${KNOWN.join(', ')}`);
  }
  const languages = readLanguages(raw);
  // Ambiguous targets fail here; a language DeepL lacks fails when (if ever) DeepL is asked for it.
  const targets = new Map(
    locales
      .filter((locale) => isDeeplLanguage(locale, languages))
      .map((locale) => [locale, toDeeplTarget(locale, languages)]),
  );
  const serverUrl = raw.serverUrl;
  if (serverUrl !== undefined && (typeof serverUrl !== 'string' || !URL.canParse(serverUrl))) {
    fail(
      'serverUrl',
      `${JSON.stringify(serverUrl)} is not a URL`,
      'Write it as https://api.deepl.com or http://127.0.0.1:PORT',
    );
  }
  const concurrency = readInteger(raw, 'concurrency', 4, 1);
  const settings: DeeplSettings = {
    formality: readFormality(raw, targets),
    tagHandling: readEnum(raw, 'tagHandling', ['auto', 'xml', 'html'] as const) ?? 'auto',
    preserveFormatting: readBoolean(raw, 'preserveFormatting', true),
    splitSentences: readEnum(raw, 'splitSentences', ['off', 'on', 'nonewlines'] as const) ?? 'off',
    context: readBoolean(raw, 'context', true),
    glossary: readBoolean(raw, 'glossary', true),
    timeoutMs: readInteger(raw, 'timeoutMs', 30_000, 1),
    maxAttempts: readInteger(raw, 'maxAttempts', 8, 1),
    concurrency,
    maxConcurrency: readInteger(raw, 'maxConcurrency', Math.max(16, concurrency), concurrency),
    targets,
    languages,
  };
  const modelType = readEnum(raw, 'modelType', MODEL_TYPES);
  if (modelType) settings.modelType = modelType;
  if (typeof serverUrl === 'string') settings.serverUrl = serverUrl;
  return settings;
}
