// A language's state → the XLIFF a translator opens: every key with its Swedish, the current
// translation and state, and notes on what the translator must keep (glossary pins, the plural
// form, the segment kind, who made the translation, why it needs a look).

import { matchTerms, pinForMatch } from '../glossary/index.js';
import { isPluralSegment, type PluralSegment } from '../plan/plurals.js';
import type { SourceSegment } from '../plan/types.js';
import type { Glossary } from '../types.js';
import type { XliffExport } from './format-xliff.js';
import { type KeyStatus, type LanguageState, statusOf } from './project-state.js';
import type { XliffExportFile, XliffNote } from './types.js';

export function buildXliffExport(
  state: LanguageState,
  options: { namespaces?: readonly string[]; original?: (file: string) => string } = {},
): XliffExport {
  const files: XliffExportFile[] = [];
  for (const ns of state.namespaces) {
    if (options.namespaces?.length && !options.namespaces.includes(ns.ns)) continue;
    const units = ns.segments.map((segment) => {
      const value = ns.values?.get(segment.key);
      const entry = ns.lock[segment.key];
      const status = statusOf(segment, value, entry);
      return {
        key: segment.key,
        state: status.state,
        source: segment.text,
        ...(value === undefined ? {} : { target: value }),
        notes: notesFor(segment, state, status),
      };
    });
    files.push({
      ns: ns.ns,
      ...(options.original ? { original: options.original(ns.file) } : {}),
      units,
    });
  }
  return { srcLang: state.source, trgLang: state.lang, files };
}

function notesFor(segment: SourceSegment, state: LanguageState, status: KeyStatus): XliffNote[] {
  const notes: XliffNote[] = [{ category: 'kind', text: segment.kind }];
  if (isPluralSegment(segment))
    notes.push({ category: 'plural', text: describePlural(segment, state.lang) });
  for (const text of glossaryNotes(segment.text, state.glossary, state.lang)) {
    notes.push({ category: 'glossary', text });
  }
  if (status.by) notes.push({ category: 'producer', text: status.by });
  if (status.outdated === 'stale') {
    notes.push({
      category: 'status',
      text: 'Stale: the Swedish changed under this human translation. Check it; set the state to reviewed to keep it as it is.',
    });
  } else if (status.outdated === 'source-changed') {
    notes.push({
      category: 'status',
      text: 'Outdated: the Swedish changed since this translation was made. Correct it, or set the state to reviewed to keep it.',
    });
  }
  return notes;
}

/** `Xi Jinping → Xi Jinping (pinned)`, once per term form, in the order they occur. */
export function glossaryNotes(text: string, glossary: Glossary, lang: string): string[] {
  const notes: string[] = [];
  for (const match of matchTerms(text, glossary)) {
    const pin = pinForMatch(match, lang);
    if (pin === undefined) continue;
    const how = match.term.keep ? 'kept as written' : 'pinned';
    const note = `${match.text} → ${pin} (${how})${match.term.note ? ` – ${match.term.note}` : ''}`;
    if (!notes.includes(note)) notes.push(note);
  }
  return notes;
}

function describePlural(segment: PluralSegment, lang: string): string {
  const { category, ordinal, placeholders } = segment.plural;
  const rules = new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' });
  const examples: number[] = [];
  for (const n of [...Array.from({ length: 201 }, (_, i) => i), 0.5, 1.5, 2.5]) {
    if (examples.length < 4 && rules.select(n) === category) examples.push(n);
  }
  const kind = ordinal ? 'ordinal form' : 'plural form';
  const used =
    examples.length > 0
      ? `; ${lang} uses it for counts such as ${examples.join(', ')}`
      : category === 'zero'
        ? '; i18next uses it for a count of 0'
        : '';
  const keep = placeholders.length > 0 ? ' Keep {{count}} where the number goes.' : '';
  return `The "${category}" ${kind} of the key${used}.${keep}`;
}
