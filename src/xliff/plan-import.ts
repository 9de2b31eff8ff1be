// Decides what an XLIFF file from a translator changes. A target becomes a human translation when
// it differs from the current value, or when the translator moved the unit to reviewed or final
// (confirming a machine or outdated translation as it is). A unit whose source is no longer the
// current Swedish, or whose key is gone, is refused: its translation answers a text that changed.

import { UserError } from '../errors.js';
import { hashText } from '../locales/index.js';
import type { LockEntry } from '../types.js';
import { type LanguageState, statusOf } from './project-state.js';
import type { XliffDocument, XliffUnit } from './types.js';

export interface ImportUpdate {
  ns: string;
  key: string;
  value: string;
  entry: LockEntry;
}

export interface RefusedUnit {
  ns: string;
  key: string;
  line: number;
  why: string;
}

export interface ImportPlan {
  lang: string;
  updates: ImportUpdate[];
  refused: RefusedUnit[];
  /** Units that change nothing. */
  unchanged: number;
}

export function planXliffImport(
  doc: XliffDocument,
  state: LanguageState,
  file: string,
): ImportPlan {
  const plan: ImportPlan = { lang: state.lang, updates: [], refused: [], unchanged: 0 };
  for (const xliffFile of doc.files) {
    const ns = state.namespaces.find((n) => n.ns === xliffFile.id);
    if (!ns) {
      throw new UserError(
        `Could not import the XLIFF file: its <file id="${xliffFile.id}"> is no namespace of this project (${state.namespaces.map((n) => n.ns).join(', ')}). Import it into the project it was exported from, or remove that <file>.`,
        { position: { file, line: xliffFile.line } },
      );
    }
    const segments = new Map(ns.segments.map((s) => [s.key, s]));
    for (const unit of xliffFile.units) {
      const segment = segments.get(unit.key);
      const value = ns.values?.get(unit.key);
      if (!wantsChange(unit, value, segment && statusOf(segment, value, ns.lock[unit.key]).state)) {
        plan.unchanged++;
        continue;
      }
      const refuse = (why: string) =>
        plan.refused.push({ ns: ns.ns, key: unit.key, line: unit.line, why });
      if (!segment) {
        refuse(
          `the key is not in the Swedish source for ${state.lang} (its text changed or was removed, or it is a plural form ${state.lang} does not use)`,
        );
        continue;
      }
      if (unit.source !== segment.text) {
        refuse('outdated: its source is not the current Swedish');
        continue;
      }
      const target = unit.target!;
      plan.updates.push({
        ns: ns.ns,
        key: unit.key,
        value: target,
        entry: { source: hashText(segment.text), output: hashText(target), by: 'human' },
      });
    }
  }
  return plan;
}

/**
 * A unit asks for a change when its target differs from the file's value, or when its state says
 * a person confirmed the translation and tolk did not already count it as a person's.
 */
function wantsChange(
  unit: XliffUnit,
  value: string | undefined,
  exported: string | undefined,
): boolean {
  if (unit.target === undefined || unit.target.trim() === '') return false;
  // CAT tools often fill an untouched target with a copy of the source; that is no translation.
  if (unit.state === 'initial' && unit.target === unit.source) return false;
  if (unit.target !== value) return true;
  const confirmed = unit.state === 'reviewed' || unit.state === 'final';
  return confirmed && exported !== 'reviewed';
}
