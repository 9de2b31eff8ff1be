// Turns one language's work items into translations: timestamps by code, credits by label,
// everything else through the provider with terms and placeholders protected, then verified.

import type { LimitFunction } from 'p-limit';
import { getOrCreate } from '../collections.js';
import { findUnpinnedTerms, matchTerms, pinFor, type UnpinnedTerm } from '../glossary/index.js';
import type { TranslationMemory } from '../locales/index.js';
import type { KeptTranslation, WorkItem } from '../plan/types.js';
import type { PairGlossary, Provider } from '../providers/types.js';
import type { Finding, Glossary, LockEntry, TermMatch } from '../types.js';
import { formatTimestamp } from './format-timestamp.js';
import {
  type EngineText,
  gatherTexts,
  type TextGatherer,
  type Translated,
} from './gather-texts.js';
import { type ProtectedText, protectText } from './protect.js';
import { type ProviderJobs, runProvider } from './run-provider.js';
import { splitCredit } from './split-credit.js';

export interface LanguageJob {
  source: string;
  lang: string;
  /** The language's work; while `workDone` is pending, the plan is still adding to it. */
  work: readonly WorkItem[];
  workDone?: Promise<unknown>;
  provider: Provider | undefined;
  glossary: Glossary;
  /**
   * The pair's glossary, only when the engine pins terms itself (Engines.glossaryFor decides): its
   * requests then carry it and terms are not masked.
   */
  pairGlossary?: PairGlossary;
  memory: TranslationMemory;
  hashText: (text: string) => string;
  /** Glossary matches of a text, shared by the languages of a run so each text is matched once. */
  matchTerms?: (text: string) => TermMatch[];
  signal?: AbortSignal;
  /** Where the language's batches wait for the provider (see RunProviderOptions.queue). */
  queue?: LimitFunction;
  onBilled?: (characters: number) => void;
  onProgress?: (done: number, total: number) => void;
  /** Called once its requests are flowing (see RunProviderOptions.onFlowing). */
  onFlowing?: () => void;
}

export interface LanguageResult {
  /** ns → key → new translation with its lock entry. */
  translated: Map<string, Map<string, KeptTranslation>>;
  notes: Finding[];
  error?: Error;
}

const X_TAG = (i: number) => `<x id="${i}"/>`;
const DEFAULT_TOKEN = (i: number) => `⟦${i}⟧`;

export async function translateLanguage(job: LanguageJob): Promise<LanguageResult> {
  const result: LanguageResult = { translated: new Map(), notes: [] };
  const match = job.matchTerms ?? ((text: string) => matchTerms(text, job.glossary));
  // A repeated sentence has one translation: hash it, format it and verify it once.
  const outputHashes = new Map<string, string>();
  const put = (item: WorkItem, value: string, by: string) => {
    const output = getOrCreate(outputHashes, value, () => job.hashText(value));
    const entry: LockEntry = { source: item.sourceHash, output, by };
    if (item.termsHash) entry.terms = item.termsHash;
    getOrCreate(result.translated, item.segment.ns, () => new Map()).set(item.segment.key, {
      value,
      entry,
    });
  };

  const by = job.provider?.name ?? 'tolk';
  // Glossary warnings per segment, reported in document order whatever order the answers come in.
  const unpinnedOf = new Map<WorkItem, UnpinnedTerm[]>();
  // A text's segments are filled in as its answer returns: after the last answer, only writing the
  // language is left (a 500-article language's segments filled at the end took ~100 ms more).
  const fillItem = (item: WorkItem, output: Translated) => {
    const { segment } = item;
    if (item.mode === 'credit') {
      const credit = splitCredit(segment.text);
      const value = credit
        ? `${output.text}${credit.separator}${applyPins(credit.rest, job.glossary, job.lang)}`
        : output.text;
      put(item, value, by);
      return;
    }
    if (output.unpinned.length > 0) unpinnedOf.set(item, output.unpinned);
    put(item, output.text, by);
  };
  const fill = (engineText: EngineText, output: Translated) => {
    engineText.output = output;
    for (const item of engineText.items) fillItem(item, output);
  };
  const timestamps = new Map<string, string>();
  const texts = gatherTexts({
    work: job.work,
    ...(job.workDone ? { workDone: job.workDone } : {}),
    match,
    onOwn: (item) => {
      const { text } = item.segment;
      put(
        item,
        getOrCreate(timestamps, text, () => formatTimestamp(text, job.lang) ?? text),
        'tolk',
      );
    },
    // Its answer came before this repeat of it was reached.
    onRepeat: fillItem,
  });

  if (job.provider) await translateTexts(job, job.provider, texts, result, fill);
  // Without an engine (only timestamps), or after an engine that stopped early.
  while (await texts.more()) {}

  if (unpinnedOf.size > 0) {
    for (const item of job.work) {
      const { segment } = item;
      for (const missing of unpinnedOf.get(item) ?? []) {
        result.notes.push({
          lang: job.lang,
          ns: segment.ns,
          key: segment.key,
          check: 'glossary',
          severity: 'warning',
          message: `"${missing.match.text}" should be "${missing.expected}" but ${by} did not keep it.`,
        });
      }
    }
  }
  return result;
}

/**
 * Sends the distinct texts, then restores and verifies each output as its batch returns, and hands
 * it to `onTranslated`, so that work overlaps the wait for the batches still in flight.
 */
async function translateTexts(
  job: LanguageJob,
  provider: Provider,
  texts: TextGatherer,
  result: LanguageResult,
  onTranslated: (text: EngineText, output: Translated) => void,
): Promise<void> {
  const { entries } = texts;
  const native = job.pairGlossary !== undefined;
  const token = provider.capabilities.tags
    ? X_TAG
    : (provider.capabilities.maskToken ?? DEFAULT_TOKEN);
  // Protected as runProvider reaches each text, so the first batches leave before the last is masked.
  const protectedTexts: ProtectedText[] = [];
  const jobs: ProviderJobs = {
    get length() {
      return entries.length;
    },
    more: texts.more,
    at(i) {
      const [text, { matches, context }] = entries[i]!;
      protectedTexts[i] ??= protectText(text, {
        lang: job.lang,
        token,
        terms: native ? [] : matches,
      });
      return { request: protectedTexts[i]!.request, context };
    },
  };
  const glossaryHash = native ? job.pairGlossary!.hash : '';
  const memoryKey = (request: string) =>
    job.hashText(`${provider.name}\u0000${job.lang}\u0000${glossaryHash}\u0000${request}`);

  const verify = (i: number, output: string) => {
    const [text, engineText] = entries[i]!;
    const { matches } = engineText;
    const unpinned =
      matches.length === 0 ? [] : findUnpinnedTerms(text, output, job.glossary, job.lang, matches);
    onTranslated(engineText, { text: output, unpinned });
  };
  const retry: number[] = [];
  const settled: boolean[] = [];
  const settle = (i: number, output: string) => {
    settled[i] = true;
    const restored = protectedTexts[i]!.restore(output);
    if (restored.damaged) retry.push(i);
    else verify(i, restored.text);
  };

  const run = await runProvider(provider, jobs, {
    source: job.source,
    target: job.lang,
    ...(native ? { glossary: job.pairGlossary! } : {}),
    ...(job.signal ? { signal: job.signal } : {}),
    ...(job.queue ? { queue: job.queue } : {}),
    ...(job.onBilled ? { onBilled: job.onBilled } : {}),
    memory: job.memory,
    memoryKey,
    onNote: (i, check, message) => {
      for (const { segment } of entries[i]![1].items) {
        result.notes.push({
          lang: job.lang,
          ns: segment.ns,
          key: segment.key,
          check,
          severity: 'info',
          message,
        });
      }
    },
    onOutput: settle,
    onProgress: (done) => job.onProgress?.(done, entries.length),
    ...(job.onFlowing ? { onFlowing: job.onFlowing } : {}),
  });
  if (run.error) result.error = run.error;
  // Outputs journaled by an earlier, interrupted run come back without a batch.
  run.outputs.forEach((output, i) => {
    if (output !== undefined && !settled[i]) settle(i, output);
  });
  if (retry.length > 0 && !run.error) {
    // A mangled placeholder: send the plain text once more and let the glossary check decide.
    const second = await runProvider(
      provider,
      retry.map((i) => ({ request: entries[i]![0], context: entries[i]![1].context })),
      {
        source: job.source,
        target: job.lang,
        memory: job.memory,
        memoryKey,
        ...(job.signal ? { signal: job.signal } : {}),
        ...(job.queue ? { queue: job.queue } : {}),
      },
    );
    if (second.error) result.error = second.error;
    second.outputs.forEach((output, k) => {
      if (output !== undefined) verify(retry[k]!, output);
    });
  }
}

/** Names and agencies in a credit keep their Swedish spelling except where the glossary pins another. */
function applyPins(text: string, glossary: Glossary, lang: string): string {
  let out = '';
  let last = 0;
  for (const found of matchTerms(text, glossary)) {
    out += text.slice(last, found.start) + (pinFor(found.term, lang, found.genitive) ?? found.text);
    last = found.end;
  }
  return out + text.slice(last);
}
