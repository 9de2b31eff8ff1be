// Counts, per language and namespace, where the translations stand. Pure: a snapshot in, rows out.

import { classifyKey } from './classify-key.js';
import { planKeyStates, stateOf } from './plan-key-states.js';
import { sourcesFor, type TranslationSnapshot } from './snapshot.js';

export interface StatusRow {
  lang: string;
  ns: string;
  /** Source keys: what the namespace should hold. */
  keys: number;
  current: number;
  stale: number;
  outdated: number;
  missing: number;
  /** Keys in the locale file that the source no longer has; the next run drops them. */
  extra: number;
  /** Present values by producer: machine output per provider, and human translations. */
  machine: Record<string, number>;
  human: number;
  manual: number;
  /** Of `human`: edits the lock does not know yet (the next run records them). */
  edited: number;
}

/** What the next `tolk translate` would send for one language. */
export interface PlannedRun {
  lang: string;
  provider: string | undefined;
  segments: number;
  characters: number;
}

export interface StatusReport {
  sourceLang: string;
  rows: StatusRow[];
  planned: PlannedRun[];
  /** Why no provider could be named (no DeepL key and no offline engine), when that is so. */
  providerProblem?: string;
}

export function summariseStatus(
  snapshot: TranslationSnapshot,
  targets: readonly string[],
  termsHash: (text: string, lang: string) => string | undefined,
): StatusRow[] {
  const states = planKeyStates(snapshot, targets, termsHash);
  const rows: StatusRow[] = [];
  for (const lang of targets) {
    for (const namespace of snapshot.namespaces) {
      const { ns } = namespace;
      const sources = sourcesFor(namespace, lang);
      const values = snapshot.values.get(lang)?.get(ns);
      const entries = snapshot.lock[lang]?.[ns] ?? {};
      const row: StatusRow = {
        lang,
        ns,
        keys: sources.length,
        current: 0,
        stale: 0,
        outdated: 0,
        missing: 0,
        extra: 0,
        machine: {},
        human: 0,
        manual: 0,
        edited: 0,
      };
      for (const source of sources) {
        const value = values?.get(source.key);
        const status =
          stateOf(states, lang, ns, source.key) ??
          classifyKey(source.text, value, entries[source.key], termsHash(source.text, lang));
        row[status.state]++;
        if (status.edited) row.edited++;
        if (status.by === 'human') row.human++;
        else if (status.by === 'manual') row.manual++;
        else if (status.by !== undefined)
          row.machine[status.by] = (row.machine[status.by] ?? 0) + 1;
      }
      const known = new Set(sources.map((s) => s.key));
      for (const key of values?.keys() ?? []) if (!known.has(key)) row.extra++;
      rows.push(row);
    }
  }
  return rows;
}
