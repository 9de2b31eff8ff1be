// The Apertium provider: rule-based Swedish → Norwegian/Danish translation, offline, no key.
// Apertium is GPL and runs as separate processes; nothing of it is bundled.

import { UserError } from '../errors.js';
import { inspectMode, verifyPipeline } from './apertium-detect.js';
import { escapeApertium, unescapeApertium } from './apertium-escape.js';
import { findModeSpec, listModeLocales, type ModeSpec } from './apertium-modes.js';
import { startPipeline } from './apertium-pipeline.js';
import { type ApertiumPool, createPool } from './apertium-pool.js';
import { protectText, restoreText } from './apertium-protect.js';
import { readApertiumSettings } from './apertium-settings.js';
import { stripUnknownMarks } from './apertium-unknown.js';
import type { Provider, ProviderFactory, TranslateContext } from './types.js';

export {
  type ApertiumDetection,
  type ApertiumModeStatus,
  detectApertium,
  findApertiumStatus,
} from './apertium-detect.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Glossary terms masked by the pipeline; letter tokens with digits inside survive every pair. */
export function maskApertiumToken(index: number): string {
  return `XPH${index}X`;
}

const TOKEN = /^X[A-Z]{1,3}\d+X$/;

/** Creates the `apertium` provider; fails with the Debian package to install when a target's mode is missing. */
export const createApertiumProvider: ProviderFactory = async (options) => {
  const settings = readApertiumSettings(options.settings);
  const env: Env = options.env.PATH ? options.env : { ...options.env, PATH: process.env.PATH };
  const modes = new Map<string, { spec: ModeSpec; commands?: string[][]; problem?: string }>();
  for (const locale of new Set([...listModeLocales(), ...options.targets])) {
    const spec = findModeSpec(locale);
    if (spec === undefined || modes.has(spec.mode)) continue;
    const inspected = await inspectMode(spec, settings.modesDir, env);
    modes.set(spec.mode, { spec, ...inspected });
  }
  const usable = (locale: string): boolean => {
    const spec = findModeSpec(locale);
    const mode = spec && modes.get(spec.mode);
    return mode?.commands !== undefined && (settings.experimental || !spec?.experimental);
  };
  const pools = new Map<string, Promise<ApertiumPool>>();

  const openPool = (locale: string): Promise<ApertiumPool> => {
    const spec = findModeSpec(locale);
    const mode = spec && modes.get(spec.mode);
    if (spec === undefined || mode === undefined) throw unsupportedTarget(locale);
    if (mode.commands === undefined) throw missingMode(locale, mode.spec, mode.problem ?? '');
    if (spec.experimental && !settings.experimental) throw experimentalMode(locale, spec);
    let pool = pools.get(spec.mode);
    if (pool === undefined) {
      pool = startVerifiedPool(spec, mode.commands, env, settings);
      pools.set(spec.mode, pool);
    }
    return pool;
  };

  // Check each target's mode now: a broken pipeline exits 0 with empty output, so only a test
  // sentence tells. Failing here names the package before any file is touched.
  for (const target of options.targets) {
    if (findModeSpec(target) !== undefined) await openPool(target);
  }

  const provider: Provider = {
    name: 'apertium',
    capabilities: {
      offline: true,
      targets: [...new Set([...listModeLocales(), ...options.targets])].filter(usable),
      maskToken: maskApertiumToken,
      maxBatch: settings.maxBatch,
      concurrency: settings.pipelines,
    },
    async translate(texts, ctx) {
      ctx.signal?.throwIfAborted();
      const pool = await openPool(ctx.target);
      return translateTexts(pool, texts, ctx);
    },
    async dispose() {
      const opened = await Promise.allSettled(pools.values());
      for (const result of opened) if (result.status === 'fulfilled') result.value.close();
      pools.clear();
    },
  };
  return provider;
};

async function startVerifiedPool(
  spec: ModeSpec,
  commands: string[][],
  env: Env,
  settings: ReturnType<typeof readApertiumSettings>,
): Promise<ApertiumPool> {
  const start = () =>
    startPipeline({ commands, env, timeoutMs: settings.timeoutMs, label: spec.mode });
  const first = start();
  let problem: string | undefined;
  try {
    problem = await verifyPipeline(first, spec);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    problem = `${why}. Reinstall with \`apt-get install --reinstall apertium ${spec.package}\``;
  }
  if (problem !== undefined) {
    first.close();
    throw new UserError(`Could not start Apertium mode ${spec.mode}: ${problem}.`);
  }
  let handedOut = false;
  const startOrReuse = () => {
    if (handedOut) return start();
    handedOut = true;
    return first;
  };
  return createPool({
    start: startOrReuse,
    size: settings.pipelines,
    maxQueue: 64,
    label: spec.mode,
  });
}

/** Protect → escape → translate → strip marks → unescape → restore, with notes for what the engine missed. */
async function translateTexts(
  pool: ApertiumPool,
  texts: string[],
  ctx: TranslateContext,
): Promise<string[]> {
  const prepared = texts.map((text) => protectText(text.replaceAll('\0', ' ')));
  // Texts with nothing to translate (only numbers, masked names) never reach the engine.
  const sent = prepared.flatMap((item, index) =>
    /\p{L}/u.test(stripTokens(item.text)) ? [index] : [],
  );
  const raw = await pool.translate(
    sent.map((index) => `${escapeApertium(prepared[index]!.text)}[]`),
  );
  const results = [...texts];
  sent.forEach((index, k) => {
    results[index] = finishText(raw[k] ?? '', prepared[index]!.tokens, (check, message) =>
      ctx.onNote?.(index, check, message),
    );
  });
  return results;
}

function finishText(
  raw: string,
  tokens: readonly string[],
  note: (check: string, message: string) => void,
): string {
  const marks = stripUnknownMarks(raw);
  const restored = restoreText(unescapeApertium(marks.stream), tokens);
  for (const word of new Set(marks.words)) {
    if (!TOKEN.test(word)) note('apertium-unknown', JSON.stringify(restoreText(word, tokens).text));
  }
  for (const lost of restored.missing) note('apertium-dropped', JSON.stringify(lost));
  return restored.text;
}

function stripTokens(text: string): string {
  return text.replace(/X[A-Z]{1,3}\d+X/g, ' ');
}

function unsupportedTarget(locale: string): UserError {
  const supported = listModeLocales().join(', ');
  return new UserError(
    `Could not translate into ${locale} with Apertium: it has no Swedish-to-${locale} pair. Choose another provider for ${locale}, or use one of ${supported}.`,
  );
}

function missingMode(locale: string, spec: ModeSpec, problem: string): UserError {
  return new UserError(
    `Could not translate into ${locale} with Apertium mode ${spec.mode}: ${problem}.`,
  );
}

function experimentalMode(locale: string, spec: ModeSpec): UserError {
  return new UserError(
    `Could not translate into ${locale} with Apertium mode ${spec.mode}: the pair is experimental and its output poor. Set providers.apertium.experimental: true to use it anyway.`,
  );
}
