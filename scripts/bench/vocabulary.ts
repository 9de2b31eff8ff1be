// The generator's words, taken from the seed article (content/sv/xi-putin-samarkand.txt) and its
// glossary: the same leaders, countries, organisations and news phrasing, so segmentation, glossary
// matching and masking do the same work per sentence as on real articles.

export interface Person {
  full: string;
  short: string;
  /** "Rysslands president" */
  role: string;
}

export const PEOPLE: readonly Person[] = [
  { full: 'Vladimir Putin', short: 'Putin', role: 'Rysslands president' },
  { full: 'Xi Jinping', short: 'Xi', role: 'Kinas president' },
  { full: 'Ebrahim Raisi', short: 'Raisi', role: 'Irans president' },
  { full: 'Shehbaz Sharif', short: 'Sharif', role: 'Pakistans premiärminister' },
  { full: 'Narendra Modi', short: 'Modi', role: 'Indiens premiärminister' },
  { full: 'Recep Tayyip Erdogan', short: 'Erdogan', role: 'Turkiets president' },
  { full: 'Aleksandr Lukasjenko', short: 'Lukasjenko', role: 'Belarus president' },
  { full: 'Kassym-Zjomart Tokajev', short: 'Tokajev', role: 'Kazakstans president' },
  { full: 'Shavkat Mirzijojev', short: 'Mirzijojev', role: 'Uzbekistans president' },
  { full: 'Sadyr Zjaparov', short: 'Zjaparov', role: 'Kirgizistans president' },
  { full: 'Emomali Rahmon', short: 'Rahmon', role: 'Tadzjikistans president' },
  { full: 'Sergej Lavrov', short: 'Lavrov', role: 'Rysslands utrikesminister' },
  { full: 'Wang Yi', short: 'Wang', role: 'Kinas utrikesminister' },
];

export interface Country {
  name: string;
  genitive: string;
  adjective: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Kina', genitive: 'Kinas', adjective: 'kinesiska' },
  { name: 'Ryssland', genitive: 'Rysslands', adjective: 'ryska' },
  { name: 'Iran', genitive: 'Irans', adjective: 'iranska' },
  { name: 'Indien', genitive: 'Indiens', adjective: 'indiska' },
  { name: 'Pakistan', genitive: 'Pakistans', adjective: 'pakistanska' },
  { name: 'Turkiet', genitive: 'Turkiets', adjective: 'turkiska' },
  { name: 'Belarus', genitive: 'Belarus', adjective: 'belarusiska' },
  { name: 'Kazakstan', genitive: 'Kazakstans', adjective: 'kazakiska' },
  { name: 'Kirgizistan', genitive: 'Kirgizistans', adjective: 'kirgiziska' },
  { name: 'Tadzjikistan', genitive: 'Tadzjikistans', adjective: 'tadzjikiska' },
  { name: 'Uzbekistan', genitive: 'Uzbekistans', adjective: 'uzbekiska' },
  { name: 'Mongoliet', genitive: 'Mongoliets', adjective: 'mongoliska' },
  { name: 'Afghanistan', genitive: 'Afghanistans', adjective: 'afghanska' },
  { name: 'Ukraina', genitive: 'Ukrainas', adjective: 'ukrainska' },
  { name: 'USA', genitive: 'USA:s', adjective: 'amerikanska' },
];

export const CITIES: readonly string[] = [
  'Samarkand',
  'Peking',
  'Moskva',
  'Teheran',
  'Tasjkent',
  'Astana',
  'Bisjkek',
  'Dusjanbe',
  'Islamabad',
  'New Delhi',
  'Ankara',
  'Minsk',
  'Shanghai',
];

export const ORGS: readonly string[] = ['SCO', 'FN', 'EU', 'Nato', 'Brics', 'IMF'];

/** Definite noun phrases: "… diskutera {topic}". */
export const TOPICS: readonly string[] = [
  'säkerhetssamarbetet',
  'handeln över gränserna',
  'energifrågorna',
  'gränsfrågorna',
  'kärnenergiprogrammet',
  'sanktionerna',
  'klimatfrågan',
  'terrorismbekämpningen',
  'livsmedelsförsörjningen',
  'transportkorridorerna',
  'kriget i Ukraina',
  'situationen i Taiwansundet',
  'de gemensamma militärövningarna',
  'vattenresurserna i regionen',
  'betalningar i egna valutor',
];

/** Indefinite objects: "… underteckna {thing}". */
export const THINGS: readonly string[] = [
  'ett nytt handelsavtal',
  'en gemensam deklaration',
  'ett samarbetsavtal om energi',
  'ett avtal om en ny gasledning',
  'en plan för fler militärövningar',
  'ett frihandelsavtal',
  'en överenskommelse om visumfrihet',
  'ett avtal om järnvägstrafik',
  'en avsiktsförklaring om kärnkraft',
  'ett program för studentutbyte',
];

export const SAID: readonly string[] = ['säger', 'sade', 'uppger', 'meddelar', 'framhåller'];
export const DAYS: readonly string[] = [
  'måndagen',
  'tisdagen',
  'onsdagen',
  'torsdagen',
  'fredagen',
  'lördagen',
  'söndagen',
];
export const ADVERBS: readonly string[] = [
  'positivt',
  'konstruktivt',
  'snabbt',
  'långsamt',
  'oväntat',
  'stadigt',
];
export const SOURCES: readonly string[] = [
  'nyhetsbyrån Reuters',
  'TT',
  'AP',
  'statliga medier',
  'flera diplomater',
  'en källa i delegationen',
];
export const PHOTOGRAPHERS: readonly string[] = [
  'Alexandr Demyanchuk, Kreml via AP/TT',
  'Sergej Bobylev, Sputnik via AP/TT',
  'Ng Han Guan/AP/TT',
  'Mikhail Metzel/TT',
  'Ahn Young-joon/AP/TT',
  'Vahid Salemi/AP/TT',
  'Anjum Naveed/AP/TT',
  'Manish Swarup/AP/TT',
  'Burhan Ozbilici/AP/TT',
  'Alexander Zemlianichenko/AP/TT',
];
export const SOURCE_LINES: readonly string[] = ['NE', 'TT', 'Landguiden', 'Reuters', 'SCO'];
