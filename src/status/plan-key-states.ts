// Where each translation stands, read off the plan the next `tolk translate` would make from the
// same files: whatever rule the plan follows (human edits, stale, reuse, renamed keys, glossary
// pins), status, review and the review pages report exactly that.

import { hashText } from '../locales/index.js';
import { planPluralTranslations } from '../plan/plurals.js';
import type { KeyStatus } from './classify-key.js';
import type { TranslationSnapshot } from './snapshot.js';

/** lang → ns → key → status, for every key the plan covers (plural forms per language). */
export type KeyStates = Map<string, Map<string, Map<string, KeyStatus>>>;

export function planKeyStates(
  snapshot: TranslationSnapshot,
  targets: readonly string[],
  termsHash: (text: string, lang: string) => string | undefined,
): KeyStates {
  const plans = planPluralTranslations({
    targets,
    segments: snapshot.namespaces.flatMap((n) => n.sources),
    prior: { files: snapshot.values, lock: snapshot.lock, billed: {} },
    hashText,
    termsHash,
  });
  const states: KeyStates = new Map();
  for (const plan of plans) {
    const byNs = new Map<string, Map<string, KeyStatus>>();
    const put = (ns: string, key: string, status: KeyStatus) => {
      const keys = byNs.get(ns) ?? new Map<string, KeyStatus>();
      keys.set(key, status);
      byNs.set(ns, keys);
    };
    const fileValue = (ns: string, key: string) =>
      snapshot.values.get(plan.lang)?.get(ns)?.get(key);
    const stale = new Set(plan.stale.map(({ ns, key }) => `${ns}\u0000${key}`));
    for (const [ns, kept] of plan.kept) {
      for (const [key, { entry }] of kept) {
        const value = fileValue(ns, key);
        if (value === undefined) {
          put(ns, key, { state: 'missing' });
          continue;
        }
        const recorded = snapshot.lock[plan.lang]?.[ns]?.[key];
        const edited = !recorded || recorded.output !== hashText(value);
        put(ns, key, {
          state: stale.has(`${ns}\u0000${key}`) ? 'stale' : 'current',
          by: entry.by,
          ...(edited ? { edited: true as const } : {}),
        });
      }
    }
    for (const { segment } of plan.work) {
      const value = fileValue(segment.ns, segment.key);
      const by = snapshot.lock[plan.lang]?.[segment.ns]?.[segment.key]?.by;
      put(
        segment.ns,
        segment.key,
        value === undefined ? { state: 'missing' } : { state: 'outdated', ...(by ? { by } : {}) },
      );
    }
    states.set(plan.lang, byNs);
  }
  return states;
}

export function stateOf(
  states: KeyStates,
  lang: string,
  ns: string,
  key: string,
): KeyStatus | undefined {
  return states.get(lang)?.get(ns)?.get(key);
}
