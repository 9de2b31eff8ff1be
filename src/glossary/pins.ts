// What a glossary term becomes in a target language: the pinned form, its possessive, and the
// part of it that a short form (`Putin` for `Vladimir Putin`) stands for.

import { createHash, hash } from 'node:crypto';
import type { PairGlossary } from '../providers/types.js';
import type { GlossaryTerm, TermMatch } from '../types.js';
import {
  capitaliseFirst,
  formOfMatch,
  glossaryForms,
  startsLowerCase,
  swedishGenitives,
} from './forms.js';
import { lookupByLanguage } from './language.js';
import { derivePossessive } from './possessive.js';

/**
 * The pinned target form of `term` in `lang` (`en-GB` uses an `en-GB` entry, else `en`), or
 * undefined when the term has none there. `genitive` asks for the possessive: an explicit
 * `genitive` entry, else derived (en `'s`/`s'`, de `s`/`'`, nb/nn/da/sv `s`/`'`), else the base.
 * `keep` terms give the Swedish form as written. `form` (default: the term) is the Swedish form
 * that occurred; a form made of the term's first or last words gets the same words of the pin.
 */
export function pinFor(
  term: GlossaryTerm,
  lang: string,
  genitive: boolean,
  form: string = term.term,
): string | undefined {
  if (term.keep) return genitive ? derivePossessive(form, lang) : form;
  const pinned = lookupByLanguage(term.translations, lang);
  if (!pinned) return undefined;
  const base = alignForm(term.term, form, pinned.base);
  if (!genitive) return base;
  if (pinned.genitive !== undefined) {
    const aligned = alignForm(term.term, form, pinned.genitive);
    if (form === term.term || aligned !== pinned.genitive) return aligned;
  }
  return derivePossessive(base, lang);
}

// A corpus repeats the same names in every article and every language asks for their pins:
// an occurrence's pin depends only on its term, text and genitive, so each is worked out once.
const matchPins = new WeakMap<GlossaryTerm, Map<string, string | null>>();

/** The pin for one occurrence: follows its form, its genitive and a capital at sentence start. */
export function pinForMatch(match: TermMatch, lang: string): string | undefined {
  let byTerm = matchPins.get(match.term);
  if (!byTerm) {
    byTerm = new Map();
    matchPins.set(match.term, byTerm);
  }
  const id = `${lang}\u0000${match.genitive ? 'g' : ''}\u0000${match.text}`;
  let pin = byTerm.get(id);
  if (pin === undefined) {
    pin = computePinForMatch(match, lang) ?? null;
    byTerm.set(id, pin);
  }
  return pin ?? undefined;
}

function computePinForMatch(match: TermMatch, lang: string): string | undefined {
  const form = formOfMatch(match);
  const pin = pinFor(match.term, lang, match.genitive, form);
  if (pin === undefined) return undefined;
  const capitalised =
    match.term.caseSensitive && startsLowerCase(form) && !startsLowerCase(match.text);
  return capitalised ? capitaliseFirst(pin) : pin;
}

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * `Vladimir Putin` / `Putin` / `Володимир Путін` → `Путін`; `Xi Jinping` / `Xi` / `Сі Цзіньпін`
 * → `Сі`. Only when the pin has as many words as the term; otherwise the whole pin.
 */
function alignForm(term: string, form: string, pin: string): string {
  if (form === term) return pin;
  const termWords = term.split(/\s+/);
  const formWords = form.split(/\s+/);
  const pinWords = pin.split(/\s+/);
  const k = formWords.length;
  if (termWords.length !== pinWords.length || k >= termWords.length) return pin;
  const same = (a: string[], b: string[]) => a.every((w, i) => plain(w) === plain(b[i] ?? ''));
  if (same(formWords, termWords.slice(0, k))) return pinWords.slice(0, k).join(' ');
  if (same(formWords, termWords.slice(-k))) return pinWords.slice(-k).join(' ');
  return pin;
}

/**
 * The glossary for one language pair as a provider with native glossaries takes it: every
 * Swedish form and genitive → its pin, no duplicates (a written form beats a derived one),
 * `hash` = sha256 of the entries as sorted TSV lines, so it is stable and names the content.
 */
export function pairGlossary(
  glossary: { terms: GlossaryTerm[] },
  source: string,
  target: string,
): PairGlossary {
  const entries: Record<string, string> = {};
  const put = (from: string, to: string | undefined) => {
    // Identity entries stay: they stop an engine from "translating" a name that is kept.
    if (to === undefined || Object.hasOwn(entries, from)) return;
    entries[from] = to;
  };
  const each = (genitive: boolean) => {
    for (const term of glossary.terms) {
      for (const form of glossaryForms(term)) {
        const pin = pinFor(term, target, genitive, form);
        for (const sv of genitive ? swedishGenitives(form) : [form]) {
          put(sv, pin);
          if (term.caseSensitive && startsLowerCase(sv) && pin !== undefined) {
            put(capitaliseFirst(sv), capitaliseFirst(pin));
          }
        }
      }
    }
  };
  each(false);
  each(true);
  return { source, target, entries, hash: hashEntries(entries) };
}

/** DeepL's TSV entry format, one `source<TAB>target` line per entry, sorted by source. */
export function formatGlossaryTsv(entries: Record<string, string>): string {
  return Object.keys(entries)
    .sort(compareCodeUnits)
    .map((key) => `${key}\t${entries[key]}`)
    .join('\n');
}

function hashEntries(entries: Record<string, string>): string {
  return createHash('sha256').update(formatGlossaryTsv(entries)).digest('hex');
}

/** Locale-independent order, so the hash is the same on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A hash of the pins `matches` use in `lang`, for the lock's `terms` field: it changes exactly
 * when an entry used by the text changes. Undefined when the text has no pinned term.
 */
export function hashTermPins(matches: TermMatch[], lang: string): string | undefined {
  const lines = new Set<string>();
  for (const match of matches) {
    const pin = pinForMatch(match, lang);
    if (pin !== undefined) lines.add(`${match.text}\t${pin}`);
  }
  if (lines.size === 0) return undefined;
  return hash('sha256', [...lines].sort(compareCodeUnits).join('\n'), 'hex');
}
