// Swedish abbreviations that end in a period, grouped by what the period means for a sentence cut.
// Keys are lower-case, spaces removed (`bl. a.` and `bl.a.` are the same entry).

/**
 * - `continues`: the sentence always goes on after it (`t.ex. Turkiet`, `kl. 13.23`, `prof. Ek`),
 *   so its period never cuts, whatever the case of the next word.
 * - `numbered`: a month, weekday or reference; a number after it belongs to it (`1 dec. 1918`,
 *   `kap. 3`), anything capitalised after it starts a new sentence.
 * - `may-end`: often closes a sentence (`m.m.`, `kr.`, `U.S.A.`); the period cuts like an ordinary
 *   word's when a new sentence follows. Listed so the initials rule does not swallow them.
 */
export type AbbreviationClass = 'continues' | 'numbered' | 'may-end';

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

const CONTINUES = words(
  // adverbial and prepositional abbreviations: something always follows
  't.ex. tex. bl.a. bl. s.k. sk. p.g.a. pga. f.d. fd. d.v.s. dvs. t.o.m. fr.o.m. f.o.m. i.o.m. ' +
    'iom. m.a.o. m.h.a. mha. m.h.t. mht. s.a.s. f.ö. fö. ffa. f.a. ev. evt. resp. jfr. jmf. ' +
    'jmfr. ca. c:a. kl. nr. mom. uppl. avd. tel. tfn. enl. ' +
    'ang. betr. inkl. exkl. gm. vs. ngn. ngt. äv. t.v. t.h. obs. nb. jvf. tf. t.f. fr. ' +
    // titles: a name follows (not `fil.`, `gen.`, `red.`: also the words fil, gen, red)
    'dr. doc. prof. em. kand. mag. lic. hr. dir. kapt. löjtn. adm. ordf. sekr. bitr. förf. jur. ' +
    'pol. ekon. tekn. civ. leg. ing.',
);

const NUMBERED = words(
  // months and weekdays
  'jan. febr. feb. apr. jun. jul. aug. sep. sept. okt. nov. dec. mån. tis. ons. tors. tor. fre. ' +
    'lör. sön. ' +
    // references; several are also words (`en ny art.`, `en bil.`, `ett kap.`), so they may end a sentence
    'kap. art. bil. sid. fig. tab. vol.',
);

const MAY_END = words(
  'm.m. mm. m.fl. mfl. osv. o.s.v. etc. e.d. o.d. o.dyl. dyl. e.kr. f.kr. kr. skr. sek. min. ' +
    'tim. st. proc. milj. mdr. md. mkr. tkr. f.n. el. forts. ggr. kvm. km. kg. cm. u.s.a. usa. ' +
    'u.s. e.u. u.k. d.c. sthlm. gbg. jr. ltd. inc. co. ab.',
);

/** Exact-case entries that differ from their lower-case twin: `St. Petersburg` (Sankt), `3 st.` (stycken). */
const CASED: Record<string, AbbreviationClass> = { 'St.': 'continues', 'Dr.': 'continues' };

const TABLE: ReadonlyMap<string, AbbreviationClass> = new Map<string, AbbreviationClass>([
  ...MAY_END.map((a): [string, AbbreviationClass] => [a, 'may-end']),
  ...NUMBERED.map((a): [string, AbbreviationClass] => [a, 'numbered']),
  ...CONTINUES.map((a): [string, AbbreviationClass] => [a, 'continues']),
]);

const ENTRIES = [...TABLE.keys(), ...Object.keys(CASED)];

/** No join longer than this can be an entry (lower-casing never shortens a text). */
const LONGEST = Math.max(...ENTRIES.map((entry) => entry.length));

/**
 * Every ending of an entry, lower-case (`.`, `a.`, `.a.`, `l.a.`, `bl.a.` for `bl.a.`). A join of
 * tokens ends in its last token, and lower-casing a join lower-cases each part alike (only a
 * final sigma depends on its neighbours, and no entry is Greek): when the last token lower-cased
 * is no entry's ending, no join of it can be an entry.
 */
const ENDINGS: ReadonlySet<string> = new Set(
  ENTRIES.flatMap((entry) => {
    const lower = entry.toLowerCase();
    return [...lower].map((_, i) => lower.slice(i));
  }),
);

/**
 * False when no entry can end in `token`: it is longer than any entry, or no entry ends like it.
 * Most words before a period are no abbreviation's end, and the tokens before them need no reading.
 */
export function mayEndAbbreviation(token: string): boolean {
  return token.length <= LONGEST && ENDINGS.has(token.toLowerCase());
}

/** Interjection labels written with `!` that introduce the sentence rather than end one (`Obs! Evenemanget …`). */
const LABELS = new Set(['obs', 'nb']);

/**
 * Classifies the abbreviation formed by the last few tokens before a period (`['bl.', 'a.']`).
 * Tries the longest join first so `bl. a.` wins over a lone `a.`.
 */
export function classifyAbbreviation(tokens: readonly string[]): AbbreviationClass | undefined {
  for (let from = Math.max(0, tokens.length - 4); from < tokens.length; from++) {
    const joined = tokens.slice(from).join('');
    if (joined.length > LONGEST) continue;
    const cased = CASED[joined];
    if (cased) return cased;
    const found = TABLE.get(joined.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/** True for `Obs!`-style labels. */
export function isExclamationLabel(word: string): boolean {
  return LABELS.has(word.toLowerCase());
}
