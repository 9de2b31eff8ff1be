// The per-call options of /v2/translate, and their size in the form body (measured with deepl-node's own builder).

import type { TargetLanguageCode, TranslateTextOptions } from 'deepl-node';
import { buildURLSearchParams, validateAndAppendTextOptions } from 'deepl-node/dist/utils.js';
import type { DeeplSettings } from './deepl-settings.js';

/** The pipeline's masked terms and placeholders: `<x id="3"/>`. */
export const MASK_TAG = 'x';

const TAG = /<\/?[A-Za-z][^<>]*>/;

export function hasTags(texts: readonly string[]): boolean {
  return texts.some((text) => text.includes('<') && TAG.test(text));
}

/** Everything but the texts and the context, from the settings for one target locale. */
export function buildTranslateOptions(
  settings: DeeplSettings,
  locale: string,
  glossaryId: string | undefined,
  withTags: boolean,
): TranslateTextOptions {
  const options: TranslateTextOptions = {
    splitSentences: settings.splitSentences,
    preserveFormatting: settings.preserveFormatting,
  };
  const formality = settings.formality.get(locale);
  if (formality) options.formality = formality;
  if (settings.modelType) options.modelType = settings.modelType;
  if (glossaryId) options.glossary = glossaryId;
  const tagHandling =
    settings.tagHandling === 'auto' ? (withTags ? 'xml' : undefined) : settings.tagHandling;
  if (tagHandling) {
    options.tagHandling = tagHandling;
    options.ignoreTags = [MASK_TAG];
  }
  return options;
}

/**
 * Bytes of the body's fixed fields, built exactly as deepl-node's translateText builds them,
 * so the planner's 128 KiB arithmetic matches what goes on the wire.
 */
export function measureBaseBytes(
  source: string,
  target: string,
  options: TranslateTextOptions,
): number {
  const { context: _context, ...rest } = options;
  const data = buildURLSearchParams(
    source as TargetLanguageCode,
    target as TargetLanguageCode,
    rest.formality,
    rest.glossary,
    rest.extraRequestParameters,
    rest.glossaryIds,
  );
  data.append('show_billed_characters', '1');
  validateAndAppendTextOptions(data, { ...rest });
  return data.toString().length;
}
