// Small translation snapshots built by hand, for the pure review and status functions.

import { hashText } from '../../src/locales/index.js';
import type { SourceSegment } from '../../src/plan/types.js';
import type { TranslationSnapshot } from '../../src/status/index.js';
import type { LockEntry } from '../../src/types.js';

export interface KeySpec {
  key: string;
  sv: string;
  /** lang → value; a value with `by` records it in the lock as that producer's output. */
  values?: Record<
    string,
    {
      value: string;
      by?: string;
      stale?: true;
      /** The Swedish the lock says the value was made from (default: the key's Swedish). */
      source?: string;
      /** The value the lock recorded (default: `value`); differing means a reviewer's edit. */
      recorded?: string;
    }
  >;
}

export function snapshot(
  ns: string,
  specs: readonly KeySpec[],
  langs = ['de'],
): TranslationSnapshot {
  const sources: SourceSegment[] = specs.map((s, paragraph) => ({
    ns,
    key: s.key,
    text: s.sv,
    kind: 'paragraph',
    paragraph,
    start: 0,
    end: 0,
    context: '',
  }));
  const values: TranslationSnapshot['values'] = new Map();
  const lock: TranslationSnapshot['lock'] = {};
  for (const lang of langs) {
    const file = new Map<string, string>();
    const entries: Record<string, LockEntry> = {};
    for (const spec of specs) {
      const v = spec.values?.[lang];
      if (!v) continue;
      file.set(spec.key, v.value);
      if (v.by) {
        entries[spec.key] = {
          source: hashText(v.source ?? spec.sv),
          output: hashText(v.recorded ?? v.value),
          by: v.by,
          ...(v.stale ? { stale: true as const } : {}),
        };
      }
    }
    values.set(lang, new Map([[ns, file]]));
    lock[lang] = { [ns]: entries };
  }
  return { sourceLang: 'sv', namespaces: [{ ns, sources, origin: 'content' }], values, lock };
}

export const noTerms = (): undefined => undefined;
