// The fewest /v2/translate requests any client could send for a corpus: every distinct text the
// engine must see, once per language, packed to DeepL's limits (≤ 50 texts, ≤ 128 KiB form-encoded)
// with tolk's own planner and the request options tolk would send.

import { readSourceTexts } from '../../src/content/read-source.js';
import { segmentSource } from '../../src/content/segment-source.js';
import { DEEPL_LIMITS, planDeeplRequests } from '../../src/providers/deepl-batches.js';
import { toDeeplSource } from '../../src/providers/deepl-languages.js';
import {
  buildTranslateOptions,
  hasTags,
  measureBaseBytes,
} from '../../src/providers/deepl-request-options.js';
import { readDeeplSettings } from '../../src/providers/deepl-settings.js';
import { splitCredit } from '../../src/translate/split-credit.js';

/** DeepL glossary ids are UUIDs; the id's length is all the bound needs. */
const GLOSSARY_ID = '00000000-0000-0000-0000-000000000000';

export interface CorpusShape {
  /** Segments tolk cuts the corpus into (one per key). */
  segments: number;
  /** Segments an engine must translate (not timestamps), over all articles. */
  engineSegments: number;
  /** Distinct engine texts: what one language needs to send. */
  distinctTexts: number;
  distinctCharacters: number;
  /** Characters of every engine segment, repeats included (what a client without de-duplication bills). */
  allCharacters: number;
  /** Share of engine segments whose text occurs more than once in the corpus. */
  repeatedShare: number;
  texts: string[];
  contexts: string[];
  /** Each engine segment's text, in corpus order (for the naive baseline). */
  sequence: string[];
}

/** Characters as DeepL bills them: code points. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** What the engine sees of a segment: nothing for a timestamp, only the label of a credit. */
function engineText(kind: string, text: string): string | undefined {
  if (kind === 'timestamp') return undefined;
  if (kind === 'credit' || kind === 'source') return splitCredit(text)?.label ?? text;
  return text;
}

export async function readCorpusShape(contentDir: string, root: string): Promise<CorpusShape> {
  const sources = await readSourceTexts(contentDir, root);
  const contextOf = new Map<string, string>();
  const counts = new Map<string, number>();
  const sequence: string[] = [];
  let segments = 0;
  for (const source of sources) {
    for (const segment of segmentSource(source, [])) {
      segments++;
      const text = engineText(segment.kind, segment.text);
      if (text === undefined) continue;
      sequence.push(text);
      counts.set(text, (counts.get(text) ?? 0) + 1);
      if (!contextOf.has(text)) contextOf.set(text, segment.context);
    }
  }
  const texts = [...contextOf.keys()];
  let repeated = 0;
  let allCharacters = 0;
  for (const [text, count] of counts) {
    if (count > 1) repeated += count;
    allCharacters += countCodePoints(text) * count;
  }
  return {
    segments,
    engineSegments: sequence.length,
    distinctTexts: texts.length,
    distinctCharacters: texts.reduce((sum, t) => sum + countCodePoints(t), 0),
    allCharacters,
    repeatedShare: sequence.length === 0 ? 0 : repeated / sequence.length,
    texts,
    contexts: texts.map((t) => contextOf.get(t) ?? ''),
    sequence,
  };
}

/** Lower-bound requests for one target language, with DeepL's options as tolk sends them. */
export function countLowerBound(
  shape: CorpusShape,
  lang: string,
  deeplSettings: Readonly<Record<string, unknown>>,
  targets: readonly string[],
): number {
  const settings = readDeeplSettings(deeplSettings, targets);
  const code = settings.targets.get(lang);
  if (code === undefined) throw new Error(`DeepL does not translate into ${lang}`);
  const options = buildTranslateOptions(
    settings,
    lang,
    settings.glossary ? GLOSSARY_ID : undefined,
    hasTags(shape.texts),
  );
  const baseBytes = measureBaseBytes(toDeeplSource('sv').toLowerCase(), code, options);
  return planDeeplRequests(shape.texts, shape.contexts, {
    ...DEEPL_LIMITS,
    baseBytes,
    context: settings.context,
  }).length;
}
