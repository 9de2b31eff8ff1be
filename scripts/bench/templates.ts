// Sentence templates in the seed's register. Slots: {p.full} {p.short} {p.role} (a leader),
// {q.…} (another leader), {c.name} {c.genitive} {c.adjective} (a country), {d.…} (another country),
// {city} {org} {topic} {thing} {said} {day} {adv} {src} {n} {pct} {year}.

export const HEADLINES: readonly string[] = [
  '{p.short} och {q.short} stärker banden i {city}',
  '{c.name} och {d.name} enas om {thing}',
  '{p.short} kräver nya samtal med {c.name} om {topic}',
  'Toppmöte i {city} präglas av {topic}',
  '{c.genitive} ledare reser till {city} för samtal med {q.short}',
  '{org} samlas i {city} – {topic} i fokus',
  '{p.short} till {c.name}: "Vi står inför en ny tid"',
  '{c.name} vill gå med i {org} före {year}',
  'Kritik mot {c.name} efter mötet med {q.short} i {city}',
  '{p.short} och {q.short} möts för första gången sedan {year}',
];

export const PARAGRAPH_SENTENCES: readonly string[] = [
  '{p.role} {p.full} träffade {q.full} i {city} under {day} för att diskutera {topic}.',
  'Enligt {src} väntas {c.name} och {d.name} underteckna {thing} i {city} före årets slut.',
  '{p.full} {said} att {topic} är en prioritet för {c.name} under {year}.',
  'Handeln mellan {c.name} och {d.name} ökade med {pct} procent under {year}, enligt {c.genitive} tullmyndighet.',
  'Det är {n}:e gången sedan {year} som {p.short} och {q.short} möts i {city}.',
  '{p.short} har sedan {year} kritiserat {org} för hur organisationen hanterar {topic} i {c.name}.',
  'Mötet mellan {p.short} och {q.short} i {city} pågick i {n} timmar, uppger {src}.',
  'Under {day} väntas {n} delegationer från {org}-länderna samlas i {city} för att diskutera {topic}.',
  'Flera bedömare i {c.name} menar att {topic} kommer att dominera samtalen mellan {p.short} och {q.short} i {city}.',
  '{c.name} ansökte om medlemskap i {org} redan {year}, men processen har bromsats av {topic}, enligt {src}.',
  'Den {c.adjective} regeringen har inte kommenterat uppgifterna om {thing} med {d.name}, som {src} rapporterade om på {day}.',
  'Samarbetet mellan {c.name} och {d.name} har utvecklats {adv} sedan {year}, {said} {p.full}.',
  '{q.full} å sin sida ska under {day} möta bland andra {p.role} {p.full} i {city} för samtal om {topic}.',
  'Enligt {d.genitive} utrikesdepartement diskuterades även {topic} vid mötet mellan {p.short} och {q.short} i {city}.',
  'Efter mötet i {city} fyllde {p.short} i att {c.name} vill arbeta med {d.name} inom {topic}.',
  '{c.name} har sedan {year} byggt ut sitt samarbete med {d.name} inom bl.a. energi och transporter, {said} {p.short}.',
  'Omkring {n} 000 personer deltog i protesterna mot {topic} i {city} på {day}, enligt {src}.',
  'Flera {org}-länder, bland dem {c.name}, är negativt inställda till {topic} sedan {year}, skriver {src}.',
  '{p.short} väntas också träffa {q.role} {q.full} för att diskutera {topic} innan toppmötet i {city} avslutas.',
  'Att även {c.name} drabbats av sanktioner sedan {year} har fört landet närmare {d.name}, {said} {p.short}.',
  'Det {c.adjective} försvarsdepartementet uppger att ett första steg blir att utöka {topic} tillsammans med {d.name} under {year}.',
  'Ett större samarbetsavtal om {topic} kommer snart att slutas mellan {c.name} och {d.name}, meddelar {p.short} i {city}.',
  '{day} väntas annars bli den stora dagen i {city}, när ledarna för {n} länder möts för att diskutera {topic}.',
  'Kostnaden för {thing} mellan {c.name} och {d.name} beräknas till omkring {n} miljarder dollar, enligt {src}.',
  '{c.genitive} ekonomi växte med {pct} procent under {year}, vilket är mindre än väntat.',
  'I ett bilateralt möte vid sidan av träffades {p.full} och {q.full} i {city} på {day} för att diskutera {topic}.',
];

export const QUOTES: readonly string[] = [
  '– Vi uppskattar högt den balanserade hållningen vad gäller {topic} från våra vänner i {c.name}, {said} {p.short} i {city}.',
  '– Vi håller fast vid vår linje och vi fördömer provokationerna från {d.name} i frågan om {topic}, fortsatte {p.short} i {city}.',
  '– På bilateral nivå utvecklas samarbetet {adv}, {said} {p.short} om relationen till {c.name} efter mötet i {city} på {day}.',
  '– Relationerna mellan länder som sanktioneras, så som {c.name} och {d.name}, kan övervinna många problem inom {topic}, fortsätter {p.short} i {city}.',
  '– Vi vill fördjupa samarbetet med {c.name} om {topic} redan under {year}, {said} {p.short}.',
  '– Det finns ingen anledning att vänta, vi är redo att underteckna {thing} med {c.name} i {city} redan på {day}, {said} {p.full}.',
  '– För att främja solidaritet och ömsesidig tillit måste vi arbeta tillsammans med {c.name} inom {topic}, {said} {p.short} i {city}.',
  '– {c.name} kommer aldrig att acceptera påtryckningar från {org} i frågan om {topic}, {said} {p.short} i {city}.',
];

export const CAPTIONS: readonly string[] = [
  'Stort avstånd när {p.role} {p.full} möter {q.role} {q.full} i {city}.',
  '{p.full} anländer till toppmötet i {city} på {day}.',
  '{p.role} {p.full} och {q.full} under en presskonferens i {city}.',
  'Delegationer från {c.name} och {d.name} samlas inför mötet i {city}.',
];

export const FACTBOX_SENTENCES: readonly string[] = [
  '{c.name} är medlem i {org} sedan {year}.',
  '{c.genitive} huvudstad är {city} och landet har omkring {n} miljoner invånare.',
  'Landet har varit en del av samarbetet kring {topic} sedan {year}.',
  '{c.name} har observatörsstatus i flera regionala organisationer, medan {d.name} ingår som "dialogpartner".',
  '{c.genitive} största handelspartner är {d.name}, följt av {c.genitive} grannländer.',
];

/** Subheadings recur across articles, as a newsroom's do. */
export const SUBHEADINGS: readonly string[] = [
  '"Främja solidaritet"',
  '"Stärks av sanktioner"',
  'Fler bilaterala möten',
  'Kritik från väst',
  'Ekonomin i fokus',
  '"En ny världsordning"',
  'Energi och handel',
  'Säkerheten i regionen',
  'Oro för kriget',
  '"Ett historiskt steg"',
  'Nästa toppmöte',
  'Långa förhandlingar',
];

export const BOILERPLATE = 'Så jobbar vi med nyheter  Läs mer här!';
