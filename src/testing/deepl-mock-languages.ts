// The languages the mock accepts, as DeepL documents them: the classic list that /v2/languages
// returns, plus the newer languages deepl-node 1.28 knows (accepted as targets, without formality).

interface MockLanguage {
  code: string;
  name: string;
  formality?: true;
}

const CLASSIC: readonly MockLanguage[] = [
  { code: 'AR', name: 'Arabic' },
  { code: 'BG', name: 'Bulgarian' },
  { code: 'CS', name: 'Czech' },
  { code: 'DA', name: 'Danish' },
  { code: 'DE', name: 'German', formality: true },
  { code: 'EL', name: 'Greek' },
  { code: 'EN', name: 'English' },
  { code: 'ES', name: 'Spanish', formality: true },
  { code: 'ET', name: 'Estonian' },
  { code: 'FI', name: 'Finnish' },
  { code: 'FR', name: 'French', formality: true },
  { code: 'HE', name: 'Hebrew' },
  { code: 'HU', name: 'Hungarian' },
  { code: 'ID', name: 'Indonesian' },
  { code: 'IT', name: 'Italian', formality: true },
  { code: 'JA', name: 'Japanese', formality: true },
  { code: 'KO', name: 'Korean' },
  { code: 'LT', name: 'Lithuanian' },
  { code: 'LV', name: 'Latvian' },
  { code: 'NB', name: 'Norwegian Bokmål' },
  { code: 'NL', name: 'Dutch', formality: true },
  { code: 'PL', name: 'Polish', formality: true },
  { code: 'PT', name: 'Portuguese' },
  { code: 'RO', name: 'Romanian' },
  { code: 'RU', name: 'Russian', formality: true },
  { code: 'SK', name: 'Slovak' },
  { code: 'SL', name: 'Slovenian' },
  { code: 'SV', name: 'Swedish' },
  { code: 'TH', name: 'Thai' },
  { code: 'TR', name: 'Turkish' },
  { code: 'UK', name: 'Ukrainian' },
  { code: 'VI', name: 'Vietnamese' },
  { code: 'ZH', name: 'Chinese' },
];

/** Target variants that replace a classic code in the target list. */
const TARGET_VARIANTS: readonly MockLanguage[] = [
  { code: 'EN-GB', name: 'English (British)' },
  { code: 'EN-US', name: 'English (American)' },
  { code: 'ES-419', name: 'Spanish (Latin American)', formality: true },
  { code: 'PT-BR', name: 'Portuguese (Brazilian)', formality: true },
  { code: 'PT-PT', name: 'Portuguese (European)', formality: true },
  { code: 'ZH-HANS', name: 'Chinese (simplified)' },
  { code: 'ZH-HANT', name: 'Chinese (traditional)' },
];

const EXTENDED = (
  'ACE AF AN AS AY AZ BA BE BHO BN BR BS CA CEB CKB CY EO EU FA GA GL GN GOM GU HA HI HR HT HY ' +
  'IG IS JV KA KK KMR KY LA LB LMO LN MAI MG MI MK ML MN MR MS MT MY NE OC OM PA PAG PAM PRS PS ' +
  'QU SA SCN SQ SR ST SU SW TA TE TG TK TL TN TS TT UR UZ WO XH YI YUE ZU'
).split(' ');

/** Languages with glossary support; every ordered pair of two different ones is supported. */
export const GLOSSARY_LANGUAGES: readonly string[] =
  'ar bg cs da de el en es et fi fr he hu id it ja ko lt lv nb nl pl pt ro ru sk sl sv th tr uk vi zh'.split(
    ' ',
  );

const targetCodes = new Map<string, MockLanguage>();
for (const lang of [...CLASSIC, ...TARGET_VARIANTS]) targetCodes.set(lang.code, lang);
for (const code of EXTENDED) targetCodes.set(code, { code, name: code });
const sourceCodes = new Set([...CLASSIC.map((lang) => lang.code), ...EXTENDED]);

/** The `/v2/languages` answer for `type=source` or `type=target`. */
export function listMockLanguages(type: 'source' | 'target'): object[] {
  if (type === 'source') return CLASSIC.map(({ code, name }) => ({ language: code, name }));
  const variantBases = new Set(['EN', 'PT']);
  return [...CLASSIC.filter((lang) => !variantBases.has(lang.code)), ...TARGET_VARIANTS]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map(({ code, name, formality }) => ({
      language: code,
      name,
      supports_formality: formality === true,
    }));
}

/** The upper-case DeepL code of a target, or undefined when DeepL does not translate into it. */
export function findMockTarget(code: string): { code: string; formality: boolean } | undefined {
  const upper = code.toUpperCase();
  const lang = targetCodes.get(upper);
  return lang ? { code: upper, formality: lang.formality === true } : undefined;
}

export function isMockSource(code: string): boolean {
  return sourceCodes.has(code.toUpperCase());
}

/** `EN-GB` → `en`: glossaries are not regional. */
export function glossaryLanguageOf(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}
