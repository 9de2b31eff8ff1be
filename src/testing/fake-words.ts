// A small Swedish → target word table for the mock's fake translation: frequent news words only.
// Columns: Swedish, English, German, Norwegian Bokmål, Ukrainian.

const ROWS = `
och|and|und|og|і
i|in|in|i|в
att|to|zu|å|щоб
det|it|es|det|це
som|that|die|som|який
en|a|ein|en|один
ett|a|ein|et|одне
på|on|auf|på|на
är|is|ist|er|є
av|of|von|av|з
för|for|für|for|для
med|with|mit|med|з
till|to|zu|til|до
den|the|der|den|цей
de|they|sie|de|вони
har|has|hat|har|має
hade|had|hatte|hadde|мав
inte|not|nicht|ikke|не
om|about|über|om|про
han|he|er|han|він
hon|she|sie|hun|вона
men|but|aber|men|але
var|was|war|var|був
vi|we|wir|vi|ми
så|so|so|så|так
kan|can|kann|kan|може
när|when|wenn|når|коли
år|year|Jahr|år|рік
säger|says|sagt|sier|каже
sade|said|sagte|sa|сказав
efter|after|nach|etter|після
under|during|während|under|під час
också|also|auch|også|також
mot|against|gegen|mot|проти
alla|all|alle|alle|всі
ska|shall|soll|skal|має
vid|at|bei|ved|біля
eller|or|oder|eller|або
där|where|wo|der|де
två|two|zwei|to|два
sin|his|sein|sin|свій
sitt|its|sein|sitt|своє
sina|their|ihre|sine|свої
mellan|between|zwischen|mellom|між
möte|meeting|Treffen|møte|зустріч
mötet|meeting|Treffen|møtet|зустріч
president|president|Präsident|president|президент
ledarna|leaders|Führer|lederne|лідери
kriget|war|Krieg|krigen|війна
stora|large|große|store|великі
stort|great|groß|stort|великий
redan|already|bereits|allerede|вже
dessutom|moreover|außerdem|dessuten|крім того
tillsammans|together|zusammen|sammen|разом
vill|wants|will|vil|хоче
arbeta|work|arbeiten|arbeide|працювати
världen|world|Welt|verden|світ
värld|world|Welt|verden|світ
regionen|region|Region|regionen|регіон
stöd|support|Unterstützung|støtte|підтримка
foto|photo|Foto|foto|фото
källa|source|Quelle|kilde|джерело
fakta|facts|Fakten|fakta|факти
dag|day|Tag|dag|день
nya|new|neue|nye|нові
länder|countries|Länder|land|країни
länderna|countries|Länder|landene|країни
enligt|according to|laut|ifølge|згідно з
`;

const LANGS = ['en', 'de', 'nb', 'uk'] as const;

const TABLES = new Map<string, Map<string, string>>();
for (const lang of LANGS) TABLES.set(lang, new Map());
for (const row of ROWS.trim().split('\n')) {
  const [sv, ...targets] = row.split('|');
  if (sv === undefined) continue;
  LANGS.forEach((lang, index) => {
    const target = targets[index];
    if (target) TABLES.get(lang)?.set(sv, target);
  });
}

/** The table for a DeepL target code (`EN-GB` uses `en`), when the mock has one. */
export function wordTableFor(target: string): ReadonlyMap<string, string> | undefined {
  return TABLES.get((target.split('-')[0] ?? target).toLowerCase());
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  é: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'і',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'и',
  z: 'з',
  å: 'о',
  ä: 'е',
  ö: 'е',
};

/** Latin letters to Cyrillic, one by one, keeping upper case. */
export function transliterateCyrillic(word: string): string {
  let out = '';
  for (const char of word) {
    const lower = char.toLowerCase();
    const mapped = CYRILLIC[lower];
    if (mapped === undefined) out += char;
    else out += char === lower ? mapped : mapped.toUpperCase();
  }
  return out;
}

const CYRILLIC_TARGETS = new Set([
  'uk',
  'ru',
  'bg',
  'be',
  'mk',
  'sr',
  'kk',
  'ky',
  'mn',
  'tg',
  'tt',
]);

export function isCyrillicTarget(target: string): boolean {
  return CYRILLIC_TARGETS.has((target.split('-')[0] ?? target).toLowerCase());
}
