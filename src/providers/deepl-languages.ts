// tolk's locale folder names (`en-GB`, `nb`, `zh-Hans`) → DeepL language codes, decided before any request.

import { UserError } from '../errors.js';

/** Targets where DeepL accepts `formality: more | less`. */
const FORMALITY_TARGETS = new Set([
  'DE',
  'FR',
  'IT',
  'ES',
  'ES-419',
  'NL',
  'PL',
  'PT-BR',
  'PT-PT',
  'JA',
  'RU',
]);

// DeepL's target languages without regional variants (the classic list and the newer ones deepl-node knows).
const PLAIN_TARGETS = new Set(
  (
    'AR BG CS DA DE EL ES ET FI FR HE HU ID IT JA KO LT LV NB NL PL RO RU SK SL SV TH TR UK VI ' +
    'ACE AF AN AS AY AZ BA BE BHO BN BR BS CA CEB CKB CY EO EU FA GA GL GN GOM GU HA HI HR HT HY ' +
    'IG IS JV KA KK KMR KY LA LB LMO LN MAI MG MI MK ML MN MR MS MT MY NE OC OM PA PAG PAM PRS PS ' +
    'QU SA SCN SQ SR ST SU SW TA TE TG TK TL TN TS TT UR UZ WO XH YI YUE ZU'
  ).split(' '),
);

/** Languages whose DeepL target needs a variant, by the region or script tolk's locale carries. */
const VARIANTS: Record<string, { choices: string; map: Record<string, string> }> = {
  EN: { choices: 'en-GB or en-US', map: { GB: 'EN-GB', UK: 'EN-GB', US: 'EN-US' } },
  PT: { choices: 'pt-PT or pt-BR', map: { PT: 'PT-PT', BR: 'PT-BR' } },
  ZH: {
    choices: 'zh-Hans or zh-Hant',
    map: {
      HANS: 'ZH-HANS',
      CN: 'ZH-HANS',
      SG: 'ZH-HANS',
      HANT: 'ZH-HANT',
      TW: 'ZH-HANT',
      HK: 'ZH-HANT',
    },
  },
  ES: { choices: 'es or es-419', map: { '419': 'ES-419', ES: 'ES' } },
};

/** Norwegian: DeepL translates into Bokmål only. */
const ALIASES: Record<string, string> = { NO: 'NB' };

function fail(locale: string, why: string, fix: string): never {
  throw new UserError(`Could not use target ${locale} with DeepL: ${why}. ${fix}`);
}

/**
 * The DeepL target code for a locale folder name. `overrides` (config `deepl.languages`) wins.
 * Throws a UserError for an ambiguous (`en`, `pt`, `zh`) or unsupported target.
 */
export function toDeeplTarget(
  locale: string,
  overrides: Readonly<Record<string, string>> = {},
): string {
  const override = overrides[locale];
  if (override !== undefined) return override.toUpperCase();
  const [rawLang = '', ...rest] = locale.split(/[-_]/);
  const lang = ALIASES[rawLang.toUpperCase()] ?? rawLang.toUpperCase();
  const subtags = rest.map((tag) => tag.toUpperCase());
  const variant = VARIANTS[lang];
  if (variant) {
    const code = subtags.map((tag) => variant.map[tag]).find(Boolean);
    if (code) return code;
    if (lang === 'ES') return subtags.length === 0 ? 'ES' : 'ES-419';
    const why = subtags.length === 0 ? 'it is ambiguous' : `DeepL has no variant for ${locale}`;
    fail(
      locale,
      why,
      `Name the variant: ${variant.choices} (rename the locale folder, or map it in tolk.config.yaml under deepl.languages)`,
    );
  }
  if (lang === 'NN') {
    fail(
      locale,
      'DeepL does not translate into Norwegian Nynorsk',
      'Use nb, or an offline provider such as apertium',
    );
  }
  if (!PLAIN_TARGETS.has(lang)) {
    fail(
      locale,
      `DeepL does not translate into ${rawLang}`,
      'Check the language code, or use another provider for it',
    );
  }
  return lang;
}

/**
 * Whether DeepL translates into the locale's language at all (`en` yes, though it needs a variant;
 * `nn` no). Settings are checked up front only for these: a run may send other targets elsewhere.
 */
export function isDeeplLanguage(locale: string, overrides: Readonly<Record<string, string>> = {}) {
  if (overrides[locale] !== undefined) return true;
  const raw = (locale.split(/[-_]/)[0] ?? '').toUpperCase();
  const lang = ALIASES[raw] ?? raw;
  return VARIANTS[lang] !== undefined || PLAIN_TARGETS.has(lang);
}

/** The source code DeepL expects: the bare language, upper case (`sv` → `SV`). */
export function toDeeplSource(locale: string): string {
  return (locale.split(/[-_]/)[0] ?? locale).toUpperCase();
}

/** DeepL glossaries are not regional: `EN-GB` → `en`. */
export function toGlossaryLanguage(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}

export function supportsFormality(deeplTarget: string): boolean {
  return FORMALITY_TARGETS.has(deeplTarget);
}

export function listFormalityTargets(): string {
  return [...FORMALITY_TARGETS].join(', ');
}
