// Compares a base's translation state with the working tree's, key by key. Pure: snapshots and
// findings in, a review report out.

import { pairRenamedKeys } from '../plan/pair-renamed-keys.js';
import type { SourceSegment } from '../plan/types.js';
import {
  classifyKey,
  type KeyStates,
  planKeyStates,
  sourcesFor,
  stateOf,
  type TranslationSnapshot,
} from '../status/index.js';
import type { Finding, Severity } from '../types.js';
import { mergeKeyOrder } from './merge-key-order.js';
import type {
  ChangeCounts,
  ChangeKind,
  KeyReview,
  NamespaceReview,
  ReviewReport,
  TranslationChange,
} from './types.js';

export interface CompareInput {
  base: TranslationSnapshot;
  head: TranslationSnapshot;
  baseRef: { ref: string; commit: string };
  languages: readonly string[];
  /** Findings of the checks on the working tree. */
  findings: readonly Finding[];
  termsHash: (text: string, lang: string) => string | undefined;
}

/** The input with the plan's view of the working tree. */
type Context = CompareInput & { states: KeyStates };

export function compareSnapshots(input: CompareInput): ReviewReport {
  const findingsByKey = groupFindings(input.findings);
  const states = planKeyStates(input.head, input.languages, input.termsHash);
  const names = [...new Set([...input.head.namespaces, ...input.base.namespaces].map((n) => n.ns))];
  const namespaces = names.map((ns) => compareNamespace(ns, { ...input, states }, findingsByKey));
  const counts = emptyCounts();
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let stale = 0;
  let reported = 0;
  for (const ns of namespaces) {
    for (const kind of Object.keys(counts) as ChangeKind[]) counts[kind] += ns.counts[kind];
    for (const key of ns.keys) {
      if (key.change === 'unchanged') continue;
      for (const t of key.translations) {
        if (t.state === 'stale') stale++;
        for (const f of t.findings) findings[f.severity]++;
        reported += t.findings.length;
      }
    }
  }
  const selected = input.findings.filter((f) => input.languages.includes(f.lang));
  return {
    base: input.baseRef,
    sourceLang: input.head.sourceLang,
    languages: [...input.languages],
    namespaces,
    counts,
    findings,
    otherFindings: selected.length - reported,
    stale,
  };
}

function compareNamespace(
  ns: string,
  input: Context,
  findingsByKey: Map<string, Finding[]>,
): NamespaceReview {
  const head = readSide(input.head, ns, input.languages);
  const base = readSide(input.base, ns, input.languages);
  const compare = (key: string, baseKey = key) =>
    compareKey(ns, key, baseKey, { head, base }, input, findingsByKey);
  const renamed = pairRenamedKeys(base.order, head.order);
  const byKey = new Map(mergeKeyOrder(head.order, base.order).map((key) => [key, compare(key)]));
  for (const [key, oldKey] of renamed) {
    // Its opening words changed, so did its key: one edited key, not a removal and an addition.
    if (byKey.get(key)?.change !== 'added' || byKey.get(oldKey)?.change !== 'removed') continue;
    byKey.set(key, { ...compare(key, oldKey), renamedFrom: oldKey });
    byKey.delete(oldKey);
  }
  const keys = [...byKey.values()];
  const counts = emptyCounts();
  for (const key of keys) counts[key.change]++;
  const inHead = input.head.namespaces.some((n) => n.ns === ns);
  const inBase = input.base.namespaces.some((n) => n.ns === ns);
  const change: ChangeKind = !inBase
    ? 'added'
    : !inHead
      ? 'removed'
      : keys.some((k) => k.change !== 'unchanged')
        ? 'changed'
        : 'unchanged';
  return { ns, change, counts, keys };
}

interface Side {
  /** Every key any language has or should have, in document order. */
  order: string[];
  /** lang → key → the Swedish that language's key translates (plural forms differ per language). */
  sources: Map<string, Map<string, SourceSegment>>;
}

function readSide(snapshot: TranslationSnapshot, ns: string, languages: readonly string[]): Side {
  const namespace = snapshot.namespaces.find((n) => n.ns === ns);
  const sources = new Map<string, Map<string, SourceSegment>>();
  let order: string[] = namespace?.sources.map((s) => s.key) ?? [];
  for (const lang of languages) {
    const own = namespace ? sourcesFor(namespace, lang) : [];
    sources.set(lang, new Map(own.map((s) => [s.key, s])));
    const keys = new Set(own.map((s) => s.key));
    for (const key of snapshot.values.get(lang)?.get(ns)?.keys() ?? []) keys.add(key);
    order = mergeKeyOrder(order, [...keys]);
  }
  return { order, sources };
}

function compareKey(
  ns: string,
  key: string,
  baseKey: string,
  sides: { head: Side; base: Side },
  input: Context,
  findingsByKey: Map<string, Finding[]>,
): KeyReview {
  let headSource: SourceSegment | undefined;
  let baseSource: SourceSegment | undefined;
  const translations: TranslationChange[] = [];
  for (const lang of input.languages) {
    const now = sides.head.sources.get(lang)?.get(key);
    const then = sides.base.sources.get(lang)?.get(baseKey);
    const before = input.base.values.get(lang)?.get(ns)?.get(baseKey);
    const after = input.head.values.get(lang)?.get(ns)?.get(key);
    // A plural form this language does not use, on neither side: nothing to show.
    if (!now && !then && before === undefined && after === undefined) continue;
    headSource ??= now;
    baseSource ??= then;
    translations.push(
      compareTranslation(
        { lang, ns, key, baseKey, before, after, now, then },
        input,
        findingsByKey,
      ),
    );
  }
  const inHead = headSource !== undefined || translations.some((t) => t.after !== undefined);
  const inBase = baseSource !== undefined || translations.some((t) => t.before !== undefined);
  const sourceChanged = headSource?.text !== baseSource?.text;
  // Swedish that was there before, translated for the first time, is an added key to a reviewer.
  const firstTranslated =
    translations.every((t) => t.before === undefined) &&
    translations.some((t) => t.after !== undefined);
  const change: ChangeKind = !inHead
    ? 'removed'
    : !inBase || firstTranslated
      ? 'added'
      : sourceChanged || translations.some((t) => t.change !== 'unchanged')
        ? 'changed'
        : 'unchanged';
  const kind = headSource?.kind ?? baseSource?.kind;
  return {
    key,
    ...(kind ? { kind } : {}),
    change,
    ...(headSource ? { source: headSource.text } : {}),
    ...(baseSource && sourceChanged ? { sourceBefore: baseSource.text } : {}),
    translations,
  };
}

interface TranslationSides {
  lang: string;
  ns: string;
  key: string;
  baseKey: string;
  before: string | undefined;
  after: string | undefined;
  now: SourceSegment | undefined;
  then: SourceSegment | undefined;
}

function compareTranslation(
  { lang, ns, key, baseKey, before, after, now, then }: TranslationSides,
  input: Context,
  findingsByKey: Map<string, Finding[]>,
): TranslationChange {
  const was = classifyKey(
    then?.text ?? '',
    before,
    input.base.lock[lang]?.[ns]?.[baseKey],
    undefined,
  );
  const source = now?.text ?? '';
  const is =
    stateOf(input.states, lang, ns, key) ??
    classifyKey(source, after, input.head.lock[lang]?.[ns]?.[key], input.termsHash(source, lang));
  return {
    lang,
    change: changeOf(before, after, was.by !== is.by),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(was.by ? { byBefore: was.by } : {}),
    ...(is.by ? { by: is.by } : {}),
    state: is.state,
    ...(is.edited ? { edited: true as const } : {}),
    findings: findingsByKey.get(findingKey(lang, ns, key)) ?? [],
  };
}

function changeOf(before: string | undefined, after: string | undefined, byChanged: boolean) {
  if (before === undefined) return after === undefined ? 'unchanged' : 'added';
  if (after === undefined) return 'removed';
  return before !== after || byChanged ? 'changed' : 'unchanged';
}

function groupFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const id = findingKey(f.lang, f.ns, f.key);
    byKey.set(id, [...(byKey.get(id) ?? []), f]);
  }
  return byKey;
}

function findingKey(lang: string, ns: string, key: string): string {
  return `${lang}\u0000${ns}\u0000${key}`;
}

function emptyCounts(): ChangeCounts {
  return { added: 0, changed: 0, removed: 0, unchanged: 0 };
}
