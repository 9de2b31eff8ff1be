// Small numbers written as words. "two leaders" for "2 ledare" (or the reverse) is a matter of
// style, so a figure on one side is accepted when the other side spells the same number.

import { primaryLanguage } from '../language/profiles.js';
import { eachMatch } from '../text/each-match.js';

const table = (entries: string): ReadonlyMap<string, number> => {
  const map = new Map<string, number>();
  for (const group of entries.trim().split(/\s*;\s*/)) {
    const [value, ...names] = group.split(/\s+/);
    for (const name of names) map.set(name, Number(value));
  }
  return map;
};

const NUMBER_WORDS: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  sv: table(`0 noll; 1 en ett första; 2 två andra; 3 tre tredje; 4 fyra fjärde; 5 fem femte; 6 sex sjätte;
    7 sju sjunde; 8 åtta åttonde; 9 nio nionde; 10 tio tionde; 11 elva; 12 tolv; 20 tjugo; 30 trettio;
    100 hundra; 1000 tusen; 1000000 miljon; 1000000000 miljard; 13 tretton; 14 fjorton; 15 femton; 16 sexton; 17 sjutton; 18 arton; 19 nitton; 40 fyrtio; 50 femtio; 60 sextio; 70 sjuttio; 80 åttio; 90 nittio; 0 midnatt; 12 tolv`),
  en: table(`0 zero no; 1 one a an first; 2 two second both pair; 3 three third; 4 four fourth; 5 five fifth;
    6 six sixth; 7 seven seventh; 8 eight eighth; 9 nine ninth; 10 ten tenth; 11 eleven; 12 twelve dozen;
    20 twenty; 30 thirty; 100 hundred; 1000 thousand; 1000000 million; 1000000000 billion; 13 thirteen; 14 fourteen; 15 fifteen; 16 sixteen; 17 seventeen; 18 eighteen; 19 nineteen; 40 forty; 50 fifty; 60 sixty; 70 seventy; 80 eighty; 90 ninety; 12 noon midday; 0 midnight`),
  de: table(`0 null; 1 ein eine einen einem einer eins erste ersten erster; 2 zwei zweite zweiten beide beiden;
    3 drei dritte dritten; 4 vier vierte; 5 fünf fünfte; 6 sechs sechste; 7 sieben siebte; 8 acht achte;
    9 neun neunte; 10 zehn zehnte; 11 elf; 12 zwölf; 20 zwanzig; 30 dreißig; 100 hundert; 1000 tausend;
    1000000 million millionen; 1000000000 milliarde milliarden; 13 dreizehn; 14 vierzehn; 15 fünfzehn; 16 sechzehn; 17 siebzehn; 18 achtzehn; 19 neunzehn; 40 vierzig; 50 fünfzig; 60 sechzig; 70 siebzig; 80 achtzig; 90 neunzig; 12 mittag; 0 mitternacht`),
  nb: table(`0 null; 1 en ett ei første; 2 to andre begge; 3 tre tredje; 4 fire fjerde; 5 fem femte; 6 seks sjette;
    7 sju syv sjuende; 8 åtte åttende; 9 ni niende; 10 ti tiende; 11 elleve; 12 tolv; 20 tjue; 100 hundre;
    1000 tusen; 1000000 million millioner; 1000000000 milliard milliarder; 13 tretten; 14 fjorten; 15 femten; 16 seksten; 17 sytten; 18 atten; 19 nitten; 30 tretti; 40 førti; 50 femti; 60 seksti; 70 sytti; 80 åtti; 90 nitti; 0 midnatt`),
  da: table(`0 nul; 1 en et første; 2 to anden andet begge; 3 tre tredje; 4 fire fjerde; 5 fem femte; 6 seks sjette;
    7 syv syvende; 8 otte ottende; 9 ni niende; 10 ti tiende; 11 elleve; 12 tolv; 20 tyve; 100 hundrede;
    1000 tusind; 1000000 million millioner; 1000000000 milliard milliarder`),
  uk: table(`0 нуль; 1 один одна одне одного одній одним одну перший перша перше першого; 2 два дві двох двом
    двома другий друга другого обидва обидві; 3 три трьох трьом трьома третій третя третього; 4 чотири
    чотирьох четвертий; 5 п'ять пʼять п’ять п'яти пʼяти п’яти пятий п'ятий; 6 шість шести шостий; 7 сім семи сьомий;
    8 вісім восьми восьмий; 9 дев'ять дев’ять дев'яти дев’яти дев'ятий; 10 десять десяти десятий;
    11 одинадцять; 12 дванадцять; 20 двадцять; 100 сто; 1000 тисяча тисячі тисяч;
    1000000 мільйон мільйони мільйонів; 1000000000 мільярд мільярди мільярдів`),
  ru: table(`1 один одна одно одного первый; 2 два две двух второй оба обе; 3 три трёх трех третий; 4 четыре
    четырёх четвёртый; 5 пять пяти пятый; 6 шесть шести; 7 семь семи; 8 восемь восьми; 9 девять девяти;
    10 десять десяти; 100 сто; 1000 тысяча тысячи тысяч; 1000000 миллион миллиона миллионов`),
  fr: table(`0 zéro; 1 un une premier première; 2 deux deuxième second seconde; 3 trois troisième; 4 quatre;
    5 cinq; 6 six; 7 sept; 8 huit; 9 neuf; 10 dix; 11 onze; 12 douze; 20 vingt; 100 cent; 1000 mille;
    1000000 million millions; 1000000000 milliard milliards`),
  es: table(`0 cero; 1 un uno una primer primero primera; 2 dos segundo segunda ambos; 3 tres tercer tercero;
    4 cuatro; 5 cinco; 6 seis; 7 siete; 8 ocho; 9 nueve; 10 diez; 11 once; 12 doce; 20 veinte; 100 cien
    ciento; 1000 mil; 1000000 millón millones`),
  nl: table(`0 nul; 1 een één eerste; 2 twee tweede beide; 3 drie derde; 4 vier vierde; 5 vijf; 6 zes;
    7 zeven; 8 acht; 9 negen; 10 tien; 11 elf; 12 twaalf; 20 twintig; 100 honderd; 1000 duizend;
    1000000 miljoen; 1000000000 miljard`),
  fi: table(`0 nolla; 1 yksi ensimmäinen; 2 kaksi toinen; 3 kolme; 4 neljä; 5 viisi; 6 kuusi; 7 seitsemän;
    8 kahdeksan; 9 yhdeksän; 10 kymmenen; 100 sata; 1000 tuhat`),
};

/** Scale words after a figure: "3,5 miljoner" is 3 500 000. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ...[
    'tkr',
    'tusen',
    'thousand',
    'tausend',
    'tsd',
    'tusind',
    'тис',
    'тисяч',
    'тисячі',
    'k',
    'mille',
  ].map((w) => [w, 1e3] as const),
  ...[
    'mkr',
    'miljon',
    'miljoner',
    'milj',
    'million',
    'millions',
    'millionen',
    'mio',
    'mln',
    'millioner',
    'мільйон',
    'мільйони',
    'мільйонів',
    'млн',
    'miljoen',
    'millón',
    'millones',
    'm',
    'mn',
    'mill',
    'millions',
  ].map((w) => [w, 1e6] as const),
  ...[
    'mdkr',
    'miljard',
    'miljarder',
    'mdr',
    'md',
    'billion',
    'billions',
    'bn',
    'milliarde',
    'milliarden',
    'mrd',
    'milliard',
    'milliarder',
    'мільярд',
    'мільярди',
    'мільярдів',
    'млрд',
    'miljardi',
    'milliards',
    'bln',
  ].map((w) => [w, 1e9] as const),
]);

const WORD = /[\p{L}'’ʼ]+/gu;

/** The numbers a text spells out in words, in its own language. */
export function spelledNumbers(text: string, lang: string): Set<number> {
  const words = NUMBER_WORDS[primaryLanguage(lang)];
  const found = new Set<number>();
  if (!words) return found;
  eachMatch(WORD, text.toLowerCase(), (match) => {
    const value = words.get(match[0]);
    if (value !== undefined) found.add(value);
  });
  return found;
}
