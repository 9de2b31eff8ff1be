// Fills the side-by-side review page model from a snapshot: the article's segments in order with
// their translations, lock statuses, findings, glossary terms and the changes since a base.

import { pairRenamedKeys } from '../../plan/pair-renamed-keys.js';
import {
  classifyKey,
  type KeyStates,
  planKeyStates,
  type SnapshotNamespace,
  sourcesFor,
  stateOf,
  type TranslationSnapshot,
} from '../../status/index.js';
import type { Finding, Glossary, Segment } from '../../types.js';
import {
  countFindings,
  countStatuses,
  type ReviewIndexEntry,
  type ReviewPage,
  type ReviewSegment,
  type ReviewStatus,
  renderReviewIndex,
  renderReviewPage,
} from '../html/index.js';
import { findSourceTerms, findTargetTerms } from './find-terms.js';

export interface PagesInput {
  head: TranslationSnapshot;
  /** The base snapshot when `--base` was given: segments whose translation differs are marked. */
  base?: { ref: string; snapshot: TranslationSnapshot };
  languages: readonly string[];
  findings: readonly Finding[];
  glossary: Glossary;
  termsHash: (text: string, lang: string) => string | undefined;
  generatedBy: string;
}

export interface BuiltPage {
  /** Relative to the output directory: `<lang>/<ns>.html`. */
  path: string;
  html: string;
}

/** One page per namespace and language, then `index.html` listing them. */
export function buildReviewPages(input: PagesInput): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const entries: ReviewIndexEntry[] = [];
  const states = planKeyStates(input.head, input.languages, input.termsHash);
  for (const namespace of input.head.namespaces) {
    for (const lang of input.languages) {
      const page = buildPage(namespace, lang, input, states);
      const href = `${lang}/${namespace.ns}.html`;
      pages.push({ path: href, html: renderReviewPage(page) });
      const changed = page.segments.filter((s) => s.changed).length;
      entries.push({
        href,
        ns: namespace.ns,
        lang,
        counts: countStatuses(page),
        findings: countFindings(page),
        ...(input.base ? { changed } : {}),
      });
    }
  }
  const options = {
    generatedBy: input.generatedBy,
    ...(input.base ? { base: input.base.ref } : {}),
  };
  pages.push({ path: 'index.html', html: renderReviewIndex(entries, options) });
  return pages;
}

function buildPage(
  namespace: SnapshotNamespace,
  lang: string,
  input: PagesInput,
  states: KeyStates,
): ReviewPage {
  const { ns } = namespace;
  const values = input.head.values.get(lang)?.get(ns);
  const entries = input.head.lock[lang]?.[ns] ?? {};
  const baseValues = input.base?.snapshot.values.get(lang)?.get(ns);
  // A key renamed by an edit of its opening words compares with its old name's translation.
  const renamed = pairRenamedKeys([...(baseValues?.keys() ?? [])], [...(values?.keys() ?? [])]);
  const findings = input.findings.filter((f) => f.lang === lang && f.ns === ns);
  const placed = new Set<string>();
  const segments = segmentsOf(namespace, lang).map((segment): ReviewSegment => {
    const target = values?.get(segment.key);
    const status =
      stateOf(states, lang, ns, segment.key) ??
      classifyKey(segment.text, target, entries[segment.key], input.termsHash(segment.text, lang));
    const reviewStatus: ReviewStatus =
      status.state === 'missing'
        ? 'missing'
        : status.state === 'stale'
          ? 'stale'
          : status.by === 'human' || status.by === 'manual'
            ? status.by
            : 'machine';
    // A repeated segment (a caption printed twice) carries its key's findings once.
    const own = placed.has(segment.key) ? [] : findings.filter((f) => f.key === segment.key);
    placed.add(segment.key);
    const sourceTerms = findSourceTerms(segment.text, input.glossary, lang);
    const before = baseValues?.get(renamed.get(segment.key) ?? segment.key);
    return {
      key: segment.key,
      kind: segment.kind,
      paragraph: segment.paragraph,
      source: segment.text,
      ...(target !== undefined ? { target } : {}),
      status: reviewStatus,
      ...(reviewStatus === 'machine' && status.by ? { producer: status.by } : {}),
      findings: own,
      sourceTerms,
      targetTerms: target === undefined ? [] : findTargetTerms(target, sourceTerms, lang),
      ...(input.base && before !== target
        ? { changed: before === undefined ? {} : { before } }
        : {}),
    };
  });
  const pageFindings = findings.filter((f) => !placed.has(f.key));
  return {
    ns,
    lang,
    sourceLang: input.head.sourceLang,
    title: segments.find((s) => s.kind === 'headline')?.source ?? segments[0]?.source ?? ns,
    ...(input.base ? { base: input.base.ref } : {}),
    generatedBy: input.generatedBy,
    segments,
    indexHref: '../index.html',
    ...(pageFindings.length > 0 ? { pageFindings } : {}),
  };
}

/** An article's segments, repeats included; UI strings one per key, plurals as the language needs them. */
function segmentsOf(
  namespace: SnapshotNamespace,
  lang: string,
): Pick<Segment, 'key' | 'text' | 'kind' | 'paragraph'>[] {
  return namespace.article ?? sourcesFor(namespace, lang);
}
