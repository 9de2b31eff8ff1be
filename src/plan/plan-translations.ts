// Decides, per language and key, what can stay and what needs a translation. Pure: prior state in, plan out.

import { getOrCreate } from '../collections.js';
import { runSteps } from '../pause.js';
import type { LockEntry } from '../types.js';
import { pairRenamedKeys } from './pair-renamed-keys.js';
import type {
  KeptTranslation,
  LanguagePlan,
  PriorState,
  SourceSegment,
  WorkItem,
  WorkMode,
} from './types.js';

export interface PlanInput {
  targets: readonly string[];
  /** Every segment to translate, one per (ns, key), in document order. */
  segments: readonly SourceSegment[];
  prior: PriorState;
  hashText: (text: string) => string;
  /** Hash of the glossary pins a text uses in a language; undefined when it uses none. */
  termsHash: (text: string, lang: string) => string | undefined;
  /** Retranslate human translations whose Swedish changed, instead of marking them stale. */
  retranslateStale?: boolean;
  /** The segment a work item carries (a plural form carries its request); by default the segment. */
  workSegment?: (segment: SourceSegment) => SourceSegment;
}

/** Segments planned between two steps: a step is well under a millisecond. */
const SEGMENTS_PER_STEP = 32;

export function planTranslations(input: PlanInput): LanguagePlan[] {
  return input.targets.map((lang) => runSteps(planLanguageSteps(lang, input)));
}

/**
 * Plans one language (`input.targets` aside) in steps: a run plans a language while others are in
 * flight, and a 500-article language planned in one go held their answers back for 60–90 ms. The
 * plan is filled in as it goes (`into`): its work can be sent before the last segment is planned.
 */
export function* planLanguageSteps(
  lang: string,
  input: PlanInput,
  into: LanguagePlan = { lang, kept: new Map(), work: [], stale: [] },
): Generator<void, LanguagePlan, void> {
  const plan = into;
  // The language's file values are hashed by the memory and by the checks below: once each.
  const valueHashes = new Map<string, string>();
  const hashValue = (value: string) => getOrCreate(valueHashes, value, () => input.hashText(value));
  const memory = yield* buildMemory(lang, input.prior, hashValue);
  const renames: RenameIndex = { pairs: new Map() };
  const files = input.prior.files.get(lang);
  const lock = input.prior.lock[lang];
  // Segments come namespace by namespace: look the namespace's maps up when it changes, not per key.
  let ns: string | undefined;
  let nsFiles: ReadonlyMap<string, string> | undefined;
  let nsLock: Record<string, LockEntry> | undefined;
  let nsKept: Map<string, KeptTranslation> | undefined;
  const keep = (segment: SourceSegment, kept: KeptTranslation) => {
    nsKept ??= getOrCreate(plan.kept, segment.ns, () => new Map());
    nsKept.set(segment.key, kept);
  };
  const work = (segment: SourceSegment, sourceHash: string, termsHash: string | undefined) => {
    const item: WorkItem = {
      segment: input.workSegment?.(segment) ?? segment,
      mode: workModeOf(segment),
      sourceHash,
    };
    if (termsHash) item.termsHash = termsHash;
    plan.work.push(item);
  };

  let counted = 0;
  for (const segment of input.segments) {
    if (++counted % SEGMENTS_PER_STEP === 0) yield;
    if (segment.ns !== ns) {
      ns = segment.ns;
      nsFiles = files?.get(ns);
      nsLock = lock?.[ns];
      nsKept = undefined;
    }
    const sourceHash = hashSource(segment, input.hashText);
    const termsHash = input.termsHash(segment.text, lang);
    const current = nsFiles?.get(segment.key);
    const previous = nsLock?.[segment.key];

    if (current !== undefined) {
      const outputHash = hashValue(current);
      if (!previous || previous.output !== outputHash) {
        // The file holds something tolk did not write: a reviewer's edit, which always wins.
        keep(segment, {
          value: current,
          entry: withTerms({ source: sourceHash, output: outputHash, by: 'human' }, termsHash),
        });
        continue;
      }
      const sourceChanged = previous.source !== sourceHash;
      // Only a reviewer's edit is protected. `manual` marks translations committed with the project
      // (the seed's); when their Swedish changes they are retranslated like machine output.
      if (previous.by === 'human') {
        if (!sourceChanged) keep(segment, { value: current, entry: withoutStale(previous) });
        else if (input.retranslateStale) work(segment, sourceHash, termsHash);
        else {
          keep(segment, { value: current, entry: { ...previous, stale: true } });
          plan.stale.push({ ns: segment.ns, key: segment.key });
        }
        continue;
      }
      if (!sourceChanged && (previous.terms ?? '') === (termsHash ?? '')) {
        keep(segment, { value: current, entry: previous });
        continue;
      }
      // The key now holds another sentence (keys of same-opening paragraphs shift when one goes):
      // its Swedish may be translated under another key already.
      const remembered = recall(memory, sourceHash, termsHash);
      if (remembered) keep(segment, remembered);
      else work(segment, sourceHash, termsHash);
      continue;
    }
    const remembered = recall(memory, sourceHash, termsHash);
    if (remembered) {
      keep(segment, remembered);
      continue;
    }
    const renamed = renamedHuman(lang, segment, input, renames);
    if (renamed && !input.retranslateStale) {
      // Its opening words changed, so did its key: the human translation moves along, stale.
      keep(segment, renamed);
      plan.stale.push({ ns: segment.ns, key: segment.key });
      continue;
    }
    work(segment, sourceHash, termsHash);
  }
  return plan;
}

// Every language plans the same segment objects (plural families aside): hash each text once.
const sourceHashes = new WeakMap<(text: string) => string, WeakMap<SourceSegment, string>>();

function hashSource(segment: SourceSegment, hashText: (text: string) => string): string {
  let bySegment = sourceHashes.get(hashText);
  if (!bySegment) {
    bySegment = new WeakMap();
    sourceHashes.set(hashText, bySegment);
  }
  let hash = bySegment.get(segment);
  if (hash === undefined) {
    hash = hashText(segment.text);
    bySegment.set(segment, hash);
  }
  return hash;
}

/** Renamed-key pairs per namespace, worked out the first time a namespace needs them. */
interface RenameIndex {
  pairs: Map<string, Map<string, string>>;
  /** The segments' keys by namespace, grouped once: a corpus has thousands of namespaces. */
  keys?: Map<string, string[]>;
}

function keysByNamespace(segments: readonly SourceSegment[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const s of segments) getOrCreate(keys, s.ns, () => []).push(s.key);
  return keys;
}

/** The human translation a renamed key had under its old name, as a stale translation. */
function renamedHuman(
  lang: string,
  segment: SourceSegment,
  input: PlanInput,
  renames: RenameIndex,
): KeptTranslation | undefined {
  const pairs = getOrCreate(renames.pairs, segment.ns, () => {
    const oldKeys = input.prior.files.get(lang)?.get(segment.ns);
    // A new file (a first run, a new article) has no old key to pair with.
    if (!oldKeys || oldKeys.size === 0) return new Map<string, string>();
    renames.keys ??= keysByNamespace(input.segments);
    return pairRenamedKeys([...oldKeys.keys()], renames.keys.get(segment.ns) ?? []);
  });
  const oldKey = pairs.get(segment.key);
  if (oldKey === undefined) return undefined;
  const value = input.prior.files.get(lang)?.get(segment.ns)?.get(oldKey);
  if (value === undefined) return undefined;
  const output = input.hashText(value);
  const entry = input.prior.lock[lang]?.[segment.ns]?.[oldKey];
  // A value the lock does not know is a reviewer's edit: human too.
  const recorded = entry !== undefined && entry.output === output;
  if (recorded && entry.by !== 'human') return undefined;
  const by = recorded ? entry.by : 'human';
  return { value, entry: { source: entry?.source ?? '', output, by, stale: true } };
}

/** The translation of identical Swedish elsewhere, if its glossary pins are the same. */
function recall(
  memory: ReadonlyMap<string, KeptTranslation>,
  sourceHash: string,
  termsHash: string | undefined,
): KeptTranslation | undefined {
  const remembered = memory.get(sourceHash);
  if (!remembered || (remembered.entry.terms ?? '') !== (termsHash ?? '')) return undefined;
  return { value: remembered.value, entry: { ...remembered.entry, source: sourceHash } };
}

/** Identical Swedish anywhere in the language's files reuses its translation (a moved or repeated sentence). */
function* buildMemory(
  lang: string,
  prior: PriorState,
  hashText: (text: string) => string,
): Generator<void, Map<string, KeptTranslation>, void> {
  const memory = new Map<string, KeptTranslation>();
  const namespaces = prior.lock[lang] ?? {};
  for (const [ns, entries] of Object.entries(namespaces)) {
    yield;
    const values = prior.files.get(lang)?.get(ns);
    if (!values) continue;
    for (const [key, entry] of Object.entries(entries)) {
      const value = values.get(key);
      if (value === undefined || entry.stale || hashText(value) !== entry.output) continue;
      if (!memory.has(entry.source)) memory.set(entry.source, { value, entry });
    }
  }
  return memory;
}

function workModeOf(segment: SourceSegment): WorkMode {
  if (segment.kind === 'timestamp') return 'timestamp';
  if (segment.kind === 'credit' || segment.kind === 'source') return 'credit';
  return 'provider';
}

function withTerms(entry: LockEntry, termsHash: string | undefined): LockEntry {
  return termsHash ? { ...entry, terms: termsHash } : entry;
}

function withoutStale(entry: LockEntry): LockEntry {
  // The same object when nothing changes, so the writer can tell an untouched lock.
  if (!entry.stale) return entry;
  const { stale: _stale, ...rest } = entry;
  return rest;
}
