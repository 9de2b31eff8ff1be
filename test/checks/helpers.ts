// Builds check inputs for unit tests: one source/target pair, or a whole run.

import { createAnalyse, createMemo } from '../../src/checks/memo.js';
import type { CheckEntry, CheckFile } from '../../src/checks/types.js';
import type { Glossary, GlossaryTerm } from '../../src/types.js';

export function entry(
  source: string,
  target: string,
  options: Partial<Omit<CheckEntry, 'analyse'>> = {},
): CheckEntry {
  const base = {
    lang: 'en-GB',
    sourceLang: 'sv',
    ns: 'test',
    key: 'key',
    plural: false,
    memo: createMemo(),
    ...options,
  };
  return {
    ...base,
    source,
    target,
    analyse: createAnalyse(base.memo, source, base.sourceLang, target, base.lang),
  };
}

export function file(
  source: Record<string, string>,
  target: Record<string, string> | undefined,
  options: Partial<CheckFile> = {},
): CheckFile {
  return {
    lang: 'en-GB',
    ns: 'test',
    source: new Map(Object.entries(source)),
    target: target ? new Map(Object.entries(target)) : undefined,
    ...options,
  };
}

export function term(
  name: string,
  translations: Record<string, string>,
  extra: Partial<GlossaryTerm> = {},
): GlossaryTerm {
  return {
    term: name,
    forms: [],
    keep: false,
    caseSensitive: true,
    translations: Object.fromEntries(
      Object.entries(translations).map(([k, v]) => [k, { base: v }]),
    ),
    line: 1,
    column: 1,
    ...extra,
  };
}

export function glossary(...terms: GlossaryTerm[]): Glossary {
  return { file: 'glossary.yaml', terms };
}
