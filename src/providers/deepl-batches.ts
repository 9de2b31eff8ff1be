// Plans /v2/translate requests within DeepL's real limits: ≤ 50 texts and ≤ 128 KiB of form-encoded body.

import { contextFieldBytes, cutToEncodedLength, textFieldBytes } from './deepl-form-size.js';
import { splitLongText } from './deepl-split.js';

export interface DeeplLimits {
  /** Texts per request; DeepL allows 50. */
  maxTexts: number;
  /** Request body bytes; DeepL allows 128 KiB. */
  maxBodyBytes: number;
  /** Bytes of the request's other fields (`target_lang=…&source_lang=…&…`), the same for every request. */
  baseBytes: number;
  /** Send the texts' contexts as DeepL's `context`. */
  context: boolean;
}

export const DEEPL_LIMITS = { maxTexts: 50, maxBodyBytes: 128 * 1024 } as const;

/** One piece of an input text: the whole text, or a part of one too long for a request. */
export interface DeeplPiece {
  /** Index of the input text the piece belongs to. */
  index: number;
  text: string;
  /** Whitespace that followed the piece in the input text. */
  join: string;
}

export interface DeeplRequestPlan {
  pieces: DeeplPiece[];
  context?: string;
  /** The planned body size in bytes. */
  bytes: number;
}

/**
 * The request's context: its texts' contexts in order, de-duplicated block by block (blank-line
 * separated), since each carries the headline beside its own paragraph; cut to the room left.
 */
function composeContext(
  pieces: readonly DeeplPiece[],
  contexts: readonly (string | undefined)[],
  room: number,
): string | undefined {
  const seenContexts = new Set<string>();
  const seenBlocks = new Set<string>();
  const blocks: string[] = [];
  for (const piece of pieces) {
    const context = contexts[piece.index];
    if (!context || seenContexts.has(context)) continue;
    seenContexts.add(context);
    for (const block of context.split(/\n\s*\n/)) {
      const trimmed = block.trim();
      if (trimmed && !seenBlocks.has(trimmed)) {
        seenBlocks.add(trimmed);
        blocks.push(trimmed);
      }
    }
  }
  if (blocks.length === 0) return undefined;
  const full = blocks.join('\n\n');
  const budget = room - 9; // `&context=`
  if (budget <= 0) return undefined;
  if (contextFieldBytes(full) <= room) return full;
  const cut = cutToEncodedLength(full, budget);
  return cut.length > 0 ? cut : undefined;
}

/** Every text as pieces that fit a request on their own, with their cost; blank texts stay out. */
function splitTexts(
  texts: readonly string[],
  budget: number,
): { pieces: DeeplPiece[]; costs: number[] } {
  const pieces: DeeplPiece[] = [];
  const costs: number[] = [];
  texts.forEach((text, index) => {
    const cost = textFieldBytes(text);
    if (cost <= budget) {
      // The common case: measured once, never split.
      if (text.trim().length > 0) {
        pieces.push({ index, text, join: '' });
        costs.push(cost);
      }
      return;
    }
    let previous: DeeplPiece | undefined;
    for (const piece of splitLongText(text, budget)) {
      if (piece.text.trim().length > 0) {
        previous = { index, ...piece };
        pieces.push(previous);
        costs.push(textFieldBytes(piece.text));
      } else if (previous) {
        // A blank stretch between sentences is kept as part of the join, never sent.
        previous.join += piece.text + piece.join;
      }
    }
  });
  return { pieces, costs };
}

/**
 * Packs `texts` (one language pair, one glossary) into as few requests as DeepL's limits allow,
 * keeping their order. Texts are packed on their own size; each request's context then gets the
 * room that is left, so context never adds a request. Pure: used by the provider, tests and benchmark.
 */
export function planDeeplRequests(
  texts: readonly string[],
  contexts: readonly (string | undefined)[] | undefined,
  limits: DeeplLimits,
): DeeplRequestPlan[] {
  const budget = limits.maxBodyBytes - limits.baseBytes;
  const plans: DeeplRequestPlan[] = [];
  let current: DeeplRequestPlan | undefined;
  const { pieces, costs } = splitTexts(texts, budget);
  pieces.forEach((piece, i) => {
    const cost = costs[i] ?? 0;
    if (
      !current ||
      current.pieces.length >= limits.maxTexts ||
      current.bytes + cost > limits.maxBodyBytes
    ) {
      current = { pieces: [], bytes: limits.baseBytes };
      plans.push(current);
    }
    current.pieces.push(piece);
    current.bytes += cost;
  });
  if (limits.context && contexts) {
    for (const plan of plans) {
      const context = composeContext(plan.pieces, contexts, limits.maxBodyBytes - plan.bytes);
      if (context !== undefined) {
        plan.context = context;
        plan.bytes += contextFieldBytes(context);
      }
    }
  }
  return plans;
}
