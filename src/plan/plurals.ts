// i18next plural families (`files_one`, `files_other`) get, in each target language, exactly the CLDR
// categories that language needs (uk: one, few, many, other). Each category is its own work item
// whose request carries a representative count, so the engine inflects for a number it can see;
// the number is turned back into `{{count}}` after translation.

import { escapeRegExp } from '../glossary/escape-regexp.js';
import { runSteps } from '../pause.js';
import type { Finding } from '../types.js';
import { type PlanInput, planLanguageSteps } from './plan-translations.js';
import type { KeptTranslation, LanguagePlan, SourceSegment, WorkItem } from './types.js';

const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof CATEGORY_ORDER)[number];

const PLURAL_KEY = /^(.+?)_(ordinal_)?(zero|one|two|few|many|other)$/;
const COUNT_PLACEHOLDER = /\{\{\s*count\s*(?:,[^{}]*)?\}\}/g;

/** A target-language plural form: which category it is and the count its request shows the engine. */
export interface PluralForm {
  category: Category;
  ordinal: boolean;
  /** The representative count for the category in the target language; undefined when none exists. */
  count?: number;
  /** The text the engine receives: the Swedish form with `{{count}}` replaced by the count as Swedes write it. */
  request: string;
  /** The Swedish form's count placeholders as written (`{{count}}`, `{{count, number}}`), in order. */
  placeholders: string[];
}

export interface PluralSegment extends SourceSegment {
  plural: PluralForm;
}

export function isPluralSegment(segment: SourceSegment): segment is PluralSegment {
  return 'plural' in segment;
}

interface Family {
  base: string;
  ordinal: boolean;
  forms: Map<Category, SourceSegment>;
}

/**
 * The segments of one target language: every plural family is replaced, where its first form
 * stood, by one segment per category the language needs (`_zero` also when the source has it:
 * i18next uses it for a count of 0 in any language). Each keeps the Swedish it translates (its
 * own category's form, else `_other`) as `text`, so hashes, stale marks and checks see the Swedish.
 */
export function expandPluralSegments(
  segments: readonly SourceSegment[],
  lang: string,
): SourceSegment[] {
  const families = findFamilies(segments);
  if (families.size === 0) return [...segments];
  const out: SourceSegment[] = [];
  const emitted = new Set<Family>();
  for (const segment of segments) {
    const family = families.get(segment);
    if (!family) out.push(segment);
    else if (!emitted.has(family)) {
      emitted.add(family);
      out.push(...expandFamily(family, lang));
    }
  }
  return out;
}

/** Plural families per namespace: a base key with `_other`, or with at least two category keys. */
function findFamilies(segments: readonly SourceSegment[]): Map<SourceSegment, Family> {
  const byId = new Map<string, Family>();
  for (const segment of segments) {
    const match = PLURAL_KEY.exec(segment.key);
    if (!match) continue;
    const id = `${segment.ns}\u0000${match[1]}\u0000${match[2] ?? ''}`;
    let family = byId.get(id);
    if (!family) {
      family = { base: match[1]!, ordinal: match[2] !== undefined, forms: new Map() };
      byId.set(id, family);
    }
    family.forms.set(match[3] as Category, segment);
  }
  const families = new Map<SourceSegment, Family>();
  for (const family of byId.values()) {
    if (!family.forms.has('other') && family.forms.size < 2) continue;
    for (const segment of family.forms.values()) families.set(segment, family);
  }
  return families;
}

function expandFamily(family: Family, lang: string): PluralSegment[] {
  const rules = pluralRules(lang, family.ordinal);
  const needed = new Set<string>(rules.resolvedOptions().pluralCategories);
  if (family.forms.has('zero') && !family.ordinal) needed.add('zero');
  const fallback = family.forms.get('other') ?? [...family.forms.values()].at(-1)!;
  return CATEGORY_ORDER.filter((c) => needed.has(c)).map((category) => {
    const swedish = family.forms.get(category) ?? fallback;
    const key = `${family.base}_${family.ordinal ? 'ordinal_' : ''}${category}`;
    const placeholders = swedish.text.match(COUNT_PLACEHOLDER) ?? [];
    const count =
      placeholders.length > 0
        ? representativeCount(rules, category, swedish.text, family.forms.has('zero'))
        : undefined;
    const request = count === undefined ? swedish.text : withCount(swedish.text, count);
    const plural: PluralForm = { category, ordinal: family.ordinal, request, placeholders };
    if (count !== undefined) plural.count = count;
    return { ...swedish, key, plural };
  });
}

function pluralRules(lang: string, ordinal: boolean): Intl.PluralRules {
  const type = ordinal ? 'ordinal' : 'cardinal';
  try {
    return new Intl.PluralRules(lang, { type });
  } catch {
    return new Intl.PluralRules('en', { type });
  }
}

/** Small whole numbers read most naturally; large and fractional ones only where a category needs them. */
const CANDIDATES: readonly number[] = [
  ...Array.from({ length: 199 }, (_, i) => i + 2),
  0,
  1,
  1000,
  10_000,
  100_000,
  1_000_000,
  10_000_000,
  1.5,
  0.5,
  2.5,
  3.5,
  5.5,
  10.5,
  21.5,
  0.1,
  1.1,
  1.25,
];

/**
 * A count the target language files under `category`, not already written in the Swedish (so the
 * count can be found again in the output). `one` prefers 1 and `zero` 0, as a reader expects.
 */
export function representativeCount(
  rules: Intl.PluralRules,
  category: string,
  swedish: string,
  i18nextZero = false,
): number | undefined {
  // i18next takes `_zero` for a count of 0 in any language, whatever CLDR says.
  if (category === 'zero' && i18nextZero) return 0;
  const preferred = category === 'one' ? [1] : category === 'zero' ? [0] : [];
  for (const n of [...preferred, ...CANDIDATES]) {
    if (rules.select(n) !== category) continue;
    if (findNumber(swedish, n, 'sv').length === 0) return n;
  }
  return undefined;
}

/** The Swedish text with every `{{count}}` replaced by `n` as Swedes write it (`1,5`, `1 000 000`). */
export function withCount(text: string, n: number): string {
  const written = n.toLocaleString('sv');
  return text.replace(COUNT_PLACEHOLDER, () => written);
}

/**
 * Puts `{{count}}` back where the representative count came out of the engine, in any common
 * writing of the number (`1,5`/`1.5`, `1 000 000`/`1.000.000`, target-script digits).
 * `restored` is false when the engine dropped or spelled out the number.
 */
export function restorePluralCount(
  segment: PluralSegment,
  output: string,
  lang: string,
): { text: string; restored: boolean } {
  const { count, placeholders } = segment.plural;
  if (count === undefined) return { text: output, restored: true };
  const found = findNumber(output, count, lang);
  if (found.length === 0) return { text: output, restored: false };
  let text = '';
  let last = 0;
  found.forEach(([start, end], i) => {
    const placeholder = placeholders.length === found.length ? placeholders[i] : placeholders[0];
    text += output.slice(last, start) + (placeholder ?? '{{count}}');
    last = end;
  });
  return { text: text + output.slice(last), restored: true };
}

/** Spans of `n` in `text`, written with any grouping or decimal mark, not part of a longer number. */
function findNumber(text: string, n: number, lang: string): Array<[number, number]> {
  const [whole, fraction] = String(n).split('.');
  const groups = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',').split(',');
  const digits = `${groups.join("[\\s\\u00A0\\u202F.,'’]?")}${fraction ? `[.,]${fraction}` : ''}`;
  const native = safeFormat(n, lang);
  const alternatives = [
    digits,
    ...(native && !/^[\d\s.,]+$/.test(native) ? [escapeRegExp(native)] : []),
  ];
  const pattern = new RegExp(
    `(?<![\\p{Nd}]|\\p{Nd}[.,])(?:${alternatives.join('|')})(?![.,]?\\p{Nd})`,
    'gu',
  );
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function safeFormat(n: number, lang: string): string | undefined {
  try {
    return n.toLocaleString(lang);
  } catch {
    return undefined;
  }
}

/**
 * Plans every language on its own segments: plural families expanded to the language's
 * categories. A plural form is never filled from another key with the same Swedish (the `few`
 * form would land in `many`), and work items carry the request with the count, not the Swedish.
 */
export function planPluralTranslations(input: PlanInput): LanguagePlan[] {
  return input.targets.map((lang) => runSteps(planPluralLanguage(input, lang)));
}

/** One language's plan (see planPluralTranslations), in steps, filled in as it goes: see planLanguageSteps. */
export function* planPluralLanguage(
  input: PlanInput,
  lang: string,
  into?: LanguagePlan,
): Generator<void, LanguagePlan, void> {
  const segments = expandPluralSegments(input.segments, lang);
  const plan = yield* planLanguageSteps(
    lang,
    { ...input, segments, workSegment: requestSegment },
    into,
  );
  const current = input.prior.files.get(lang);
  for (const segment of segments) {
    if (!isPluralSegment(segment)) continue;
    const kept = plan.kept.get(segment.ns);
    const reused = kept?.get(segment.key);
    if (reused && current?.get(segment.ns)?.get(segment.key) === undefined) {
      kept!.delete(segment.key);
      plan.work.push(workFrom(segment, reused));
    }
  }
  return plan;
}

/** A plural form goes to the engine as its request (the count written in), not as the Swedish. */
function requestSegment(segment: SourceSegment): SourceSegment {
  return isPluralSegment(segment) ? { ...segment, text: segment.plural.request } : segment;
}

function workFrom(segment: PluralSegment, reused: KeptTranslation): WorkItem {
  const item: WorkItem = {
    segment: requestSegment(segment),
    mode: 'provider',
    sourceHash: reused.entry.source,
  };
  if (reused.entry.terms) item.termsHash = reused.entry.terms;
  return item;
}

/**
 * After translation: `{{count}}` back into every plural form the engine translated, the lock's
 * output hash recomputed. Returns a warning for each form whose count the engine lost.
 */
export function restorePluralCounts(
  plan: LanguagePlan,
  translated: ReadonlyMap<string, ReadonlyMap<string, KeptTranslation>> | undefined,
  hashText: (text: string) => string,
): Finding[] {
  const notes: Finding[] = [];
  for (const { segment } of plan.work) {
    if (!isPluralSegment(segment)) continue;
    const done = translated?.get(segment.ns)?.get(segment.key);
    if (!done) continue;
    const { text, restored } = restorePluralCount(segment, done.value, plan.lang);
    done.value = text;
    done.entry = { ...done.entry, output: hashText(text) };
    if (!restored) {
      notes.push({
        lang: plan.lang,
        ns: segment.ns,
        key: segment.key,
        check: 'plural',
        severity: 'warning',
        message: `The engine did not keep the count ${segment.plural.count} it was shown, so "{{count}}" is missing; write it into the translation by hand.`,
      });
    }
  }
  return notes;
}
