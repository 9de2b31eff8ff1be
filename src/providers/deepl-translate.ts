// One `translate` call of the DeepL provider: plan requests, send them under the limiter, join the pieces.

import type {
  DeepLClient,
  SourceLanguageCode,
  TargetLanguageCode,
  TextResult,
  TranslateTextOptions,
} from 'deepl-node';
import { ProviderError } from '../errors.js';
import { DEEPL_LIMITS, type DeeplRequestPlan, planDeeplRequests } from './deepl-batches.js';
import type { DeeplGlossaries } from './deepl-glossaries.js';
import { toDeeplSource, toDeeplTarget } from './deepl-languages.js';
import type { AdaptiveLimiter } from './deepl-rate.js';
import { buildTranslateOptions, hasTags, measureBaseBytes } from './deepl-request-options.js';
import { sendDeepl } from './deepl-send.js';
import type { DeeplSettings } from './deepl-settings.js';
import type { TranslateContext } from './types.js';

export interface DeeplRuntime {
  client: DeepLClient;
  settings: DeeplSettings;
  limiter: AdaptiveLimiter;
  glossaries: DeeplGlossaries;
  authKey: string;
  /** Account-wide state: a used-up quota stops every request of the run. */
  account: { quotaExceeded?: Error };
}

async function sendPlan(
  runtime: DeeplRuntime,
  plan: DeeplRequestPlan,
  pair: { source: string; target: string },
  options: TranslateTextOptions,
  ctx: TranslateContext,
): Promise<string[]> {
  const { settings } = runtime;
  const texts = plan.pieces.map((piece) => piece.text);
  const what = `translate ${texts.length} ${texts.length === 1 ? 'text' : 'texts'} into ${pair.target}`;
  const requestOptions =
    plan.context === undefined ? options : { ...options, context: plan.context };
  const results = await sendDeepl(
    what,
    async () => {
      const answer: TextResult[] = await runtime.client.translateText(
        texts,
        pair.source as SourceLanguageCode,
        pair.target as TargetLanguageCode,
        { ...requestOptions },
      );
      // DeepL bills what it answered even when the answer is unusable.
      ctx.onBilled?.(answer.reduce((sum, result) => sum + (result.billedCharacters ?? 0), 0));
      if (answer.length !== texts.length) {
        throw new ProviderError(
          `Could not ${what}: DeepL answered with ${answer.length} translations for ${texts.length} texts, so none of them is used. Run again; if it repeats, report it to DeepL support.`,
          'deepl',
        );
      }
      return answer;
    },
    {
      maxAttempts: settings.maxAttempts,
      timeoutMs: settings.timeoutMs,
      limiter: runtime.limiter,
      account: runtime.account,
      redact: runtime.authKey,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    },
  );
  return results.map((result) => result.text);
}

/** Translates `texts` for one language pair; one string back per text, in order. */
export async function translateWithDeepl(
  runtime: DeeplRuntime,
  texts: string[],
  ctx: TranslateContext,
): Promise<string[]> {
  const { settings } = runtime;
  ctx.signal?.throwIfAborted();
  const target = settings.targets.get(ctx.target) ?? toDeeplTarget(ctx.target, settings.languages);
  // deepl-node sends codes as `sv`, `en-GB`; DeepL reads them case-insensitively.
  const pair = { source: toDeeplSource(ctx.source).toLowerCase(), target };
  const glossaryId =
    settings.glossary && ctx.glossary ? await runtime.glossaries.ensure(ctx.glossary) : undefined;
  const options = buildTranslateOptions(settings, ctx.target, glossaryId, hasTags(texts));
  const baseBytes = measureBaseBytes(pair.source, pair.target, options);
  const plans = planDeeplRequests(texts, ctx.contexts, {
    ...DEEPL_LIMITS,
    baseBytes,
    context: settings.context,
  });
  const answers = await Promise.all(
    plans.map((plan) => sendPlan(runtime, plan, pair, options, ctx)),
  );

  // Texts with nothing to translate (empty, spaces) come back as they are; split texts are joined.
  const out = texts.slice();
  const started = new Uint8Array(texts.length);
  plans.forEach((plan, p) => {
    plan.pieces.forEach((piece, i) => {
      const translated = (answers[p]?.[i] ?? '') + piece.join;
      out[piece.index] = started[piece.index] ? out[piece.index] + translated : translated;
      started[piece.index] = 1;
    });
  });
  return out;
}
