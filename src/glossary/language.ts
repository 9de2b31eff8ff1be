// Language codes in glossary.yaml: `en`, `en-GB`, `zh-Hant`, `pt-BR`. Matching is case-insensitive,
// stored tags are canonical (`en-gb` is kept as `en-GB`) so lookups agree with locale folder names.

import { ISO_639_1, LANGUAGE_MISTAKES } from './iso-639-1.js';

export type LanguageCheck = { ok: true; tag: string } | { ok: false; why: string; fix: string };

/** Validates a BCP 47-ish tag: ISO 639-1 language, optional script, optional region. */
export function checkLanguageCode(code: string): LanguageCheck {
  if (code.includes('_')) {
    return invalid(code, 'uses "_" between its parts', `Write "${code.replaceAll('_', '-')}"`);
  }
  const [language = '', ...rest] = code.split('-');
  const lower = language.toLowerCase();
  if (!/^[a-z]{2}$/i.test(language) || !ISO_639_1.has(lower)) {
    const meant = LANGUAGE_MISTAKES[lower];
    const fix = meant
      ? `Did you mean "${meant}"? Use the language code, not the country code`
      : 'Use a two-letter ISO 639-1 code such as en, de, uk or nb, optionally with a region (en-GB)';
    return invalid(code, `"${language}" is not an ISO 639-1 language code`, fix);
  }
  const parts = [lower];
  let seenRegion = false;
  for (const [i, part] of rest.entries()) {
    if (i === 0 && /^[a-z]{4}$/i.test(part)) {
      parts.push(part[0]!.toUpperCase() + part.slice(1).toLowerCase());
    } else if (!seenRegion && (/^[a-z]{2}$/i.test(part) || /^\d{3}$/.test(part))) {
      parts.push(part.toUpperCase());
      seenRegion = true;
    } else {
      return invalid(
        code,
        `"${part}" is neither a script (Hant) nor a region (GB, 419)`,
        'Write a language code such as en, en-GB or zh-Hant',
      );
    }
  }
  return { ok: true, tag: parts.join('-') };
}

function invalid(code: string, why: string, fix: string): LanguageCheck {
  return { ok: false, why: `"${code}" is not a valid language code: ${why}`, fix };
}

/** The tags a pin for `target` is looked up under, most specific first (`zh-Hant-TW`, `zh-Hant`, `zh`). */
export function fallbackChain(target: string): string[] {
  const parts = target.split(/[-_]/);
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-').toLowerCase());
  return chain;
}

/** The value stored under the most specific tag of `target`'s chain, compared case-insensitively. */
export function lookupByLanguage<T>(entries: Record<string, T>, target: string): T | undefined {
  const byLower = new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
  for (const tag of fallbackChain(target)) {
    const found = byLower.get(tag);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** True when a pin written for `entry` is used for `target` (`en` covers `en-GB`, not the reverse). */
export function coversTarget(entry: string, target: string): boolean {
  return fallbackChain(target).includes(entry.toLowerCase());
}

/** The primary language subtag, lower case: `en-GB` → `en`. */
export function primaryLanguage(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}
