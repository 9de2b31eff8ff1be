// Generated Swedish news articles: many distinct sentences, so a run needs dozens of DeepL requests
// and a fault, a quota or a kill lands in the middle of it. Glossary names appear in them.

import { pickOne, type Random } from './rng.js';

const SUBJECTS = [
  'Regeringen',
  'Riksbanken',
  'Kommunstyrelsen i Umeå',
  'Polisen i Göteborg',
  'Skolverket',
  'Trafikverket',
  'Region Skåne',
  'Försvarsmakten',
  'Xi Jinping',
  'Vladimir Putin',
  'Kinas utrikesministerium',
  'Rysslands president Vladimir Putin',
];
const VERBS = [
  'meddelade på tisdagen att',
  'uppger i ett pressmeddelande att',
  'bekräftar för TT att',
  'räknar med att',
  'skriver i en rapport att',
  'sade vid mötet i Samarkand att',
];
const CLAIMS = [
  'budgeten ökar med {n} miljoner kronor nästa år',
  'över {n} personer berörs av beslutet',
  'arbetet väntas pågå till och med vecka {w}',
  'priserna steg med {p} procent under förra månaden',
  'samarbetet inom SCO ska fördjupas under {y}',
  'ungefär {n} hushåll saknade el under natten',
  'utredningen ska vara klar senast den {d} mars',
  'Kina och Ryssland har undertecknat {w} nya avtal',
];
const QUOTES = [
  'Vi har gjort allt vi kan för att hålla kostnaderna nere',
  'Det här är ett viktigt steg för hela regionen',
  'Vi följer utvecklingen noga och återkommer med mer information',
  'Ingen ska behöva vänta i {w} veckor på ett besked',
];

function fill(template: string, random: Random): string {
  return template
    .replace('{n}', String(100 + Math.floor(random() * 9_900)))
    .replace('{w}', String(2 + Math.floor(random() * 48)))
    .replace('{p}', `${Math.floor(random() * 9)},${Math.floor(random() * 10)}`)
    .replace('{y}', String(2023 + Math.floor(random() * 5)))
    .replace('{d}', String(1 + Math.floor(random() * 28)));
}

function sentence(random: Random): string {
  return `${pickOne(random, SUBJECTS)} ${pickOne(random, VERBS)} ${fill(pickOne(random, CLAIMS), random)}.`;
}

/** One article: a headline, a lede, paragraphs of two or three sentences, a quote and a credit. */
export function generateArticle(random: Random, index: number): string {
  const blocks = [`Nyheter dag ${index + 1}: ${fill('{n} nya beslut i Stockholm', random)}`];
  blocks.push(`${sentence(random)} ${sentence(random)}`);
  blocks.push('Foto: Anna Svensson/TT');
  for (let p = 0; p < 12; p++) {
    const count = 2 + Math.floor(random() * 2);
    blocks.push(Array.from({ length: count }, () => sentence(random)).join(' '));
    if (p % 4 === 3)
      blocks.push(`– ${fill(pickOne(random, QUOTES), random)}, sade ${pickOne(random, SUBJECTS)}.`);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** `count` articles as `content/sv/<name>.txt` contents, by file name. */
export function generateArticles(random: Random, count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`content/sv/nyhet-${String(i + 1).padStart(2, '0')}.txt`] = generateArticle(random, i);
  }
  return files;
}
