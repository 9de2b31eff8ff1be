// i18next plural keys: `items_one`, `items_other`, `place_ordinal_two`. A family is a base key with
// one value per CLDR category; `_zero` is i18next's optional extra form for a count of 0 in any language.

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const PLURAL_KEY = /^(.+?)_(ordinal_)?(zero|one|two|few|many|other)$/;

export interface PluralKey {
  /** `items` for `items_one`. */
  base: string;
  ordinal: boolean;
  category: PluralCategory;
}

export function parsePluralKey(key: string): PluralKey | undefined {
  // Most keys have no underscore: every key of every file is asked, a search is cheaper than the regex.
  if (!key.includes('_')) return undefined;
  const match = PLURAL_KEY.exec(key);
  if (!match) return undefined;
  return { base: match[1]!, ordinal: match[2] !== undefined, category: match[3] as PluralCategory };
}

export function pluralKeyOf(base: string, ordinal: boolean, category: string): string {
  return `${base}_${ordinal ? 'ordinal_' : ''}${category}`;
}

/** `items` and `items (ordinal)` are different families. */
export function familyId(base: string, ordinal: boolean): string {
  return ordinal ? `${base}\u0000ordinal` : base;
}

/**
 * The plural families among `keys`: family id → categories present. A family needs at least two
 * category keys, so `options_other` ("other options") alone is not mistaken for one.
 */
export function findPluralFamilies(
  keys: Iterable<string>,
): Map<string, { base: string; ordinal: boolean; categories: Set<PluralCategory> }> {
  const families = new Map<
    string,
    { base: string; ordinal: boolean; categories: Set<PluralCategory> }
  >();
  for (const key of keys) {
    const parsed = parsePluralKey(key);
    if (!parsed) continue;
    const id = familyId(parsed.base, parsed.ordinal);
    let family = families.get(id);
    if (!family) {
      family = { base: parsed.base, ordinal: parsed.ordinal, categories: new Set() };
      families.set(id, family);
    }
    family.categories.add(parsed.category);
  }
  for (const [id, family] of families) {
    if (family.categories.size < 2) families.delete(id);
  }
  return families;
}

const categoryCache = new Map<string, ReadonlySet<string>>();

/** The CLDR categories a language needs, from `Intl.PluralRules`. */
export function neededCategories(lang: string, ordinal: boolean): ReadonlySet<string> {
  const id = `${lang}\u0000${ordinal}`;
  let categories = categoryCache.get(id);
  if (!categories) {
    let resolved: string[];
    try {
      resolved = new Intl.PluralRules(lang, {
        type: ordinal ? 'ordinal' : 'cardinal',
      }).resolvedOptions().pluralCategories;
    } catch {
      resolved = ['one', 'other'];
    }
    categories = new Set(resolved);
    categoryCache.set(id, categories);
  }
  return categories;
}
