// A deterministic corpus of Swedish news articles shaped like the seed: headline, lede, caption (at
// times twice, as scraped pages have it), `Foto:` credit, dateline with timestamp, paragraphs, quotes,
// recurring subheadings, a fact box from a shared pool, `Källa:` and the site's boilerplate line.
// Fact boxes, subheadings, credits' labels, source lines and boilerplate repeat across articles the way
// a newsroom's do; the body sentences are drawn from templates and are nearly all distinct.

import { capitalise, fillTemplate } from './fill-template.js';
import { createRandom, type Random } from './random.js';
import {
  BOILERPLATE,
  CAPTIONS,
  FACTBOX_SENTENCES,
  HEADLINES,
  PARAGRAPH_SENTENCES,
  QUOTES,
  SUBHEADINGS,
} from './templates.js';
import { CITIES, COUNTRIES, PHOTOGRAPHERS, SOURCE_LINES } from './vocabulary.js';

export interface BenchArticle {
  /** File name under content/sv: `article-00001.txt`. */
  name: string;
  text: string;
  /** The lede, paragraph and quote sentences exactly as written: what an edit may touch. */
  sentences: string[];
}

export const DEFAULT_SEED = 20220915;

/** One fact box per country, the same texts in every corpus: they repeat wherever they are used. */
function buildFactboxes(seed: number): string[] {
  const random = createRandom(seed ^ 0x5eed);
  return COUNTRIES.map((country) => {
    const bind = (template: string) =>
      template
        .replaceAll('{c.name}', country.name)
        .replaceAll('{c.genitive}', country.genitive)
        .replaceAll('{c.adjective}', country.adjective);
    const paragraphs = Array.from({ length: random.int(2, 3) }, () =>
      Array.from({ length: random.int(1, 2) }, () =>
        capitalise(fillTemplate(bind(random.pick(FACTBOX_SENTENCES)), random)),
      ).join(' '),
    );
    return [`Fakta: ${country.name}`, ...paragraphs].join('\n\n');
  });
}

function timestamp(random: Random): string {
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const hour = String(random.int(6, 23)).padStart(2, '0');
  const minute = String(random.int(0, 59)).padStart(2, '0');
  return `${random.int(2022, 2024)}-${month}-${day} ${hour}:${minute}`;
}

function sentence(templates: readonly string[], random: Random): string {
  return capitalise(fillTemplate(random.pick(templates), random));
}

function buildArticle(index: number, random: Random, factboxes: readonly string[]): BenchArticle {
  const sentences: string[] = [];
  const body = (templates: readonly string[], count: number) => {
    const picked = Array.from({ length: count }, () => sentence(templates, random));
    sentences.push(...picked);
    return picked.join(' ');
  };
  const blocks: string[] = [sentence(HEADLINES, random), body(PARAGRAPH_SENTENCES, 2)];
  const caption = sentence(CAPTIONS, random);
  blocks.push(caption);
  if (random.chance(0.3)) blocks.push(caption);
  blocks.push(`Foto: ${random.pick(PHOTOGRAPHERS)}`);
  blocks.push(`${random.pick([...CITIES, ...COUNTRIES.map((c) => c.name)])}${timestamp(random)}`);
  const length = random.int(8, 16);
  for (let i = 0; i < length; i++) {
    if (i > 2 && i % 5 === 0) blocks.push(random.pick(SUBHEADINGS));
    blocks.push(
      random.chance(0.25) ? body(QUOTES, 1) : body(PARAGRAPH_SENTENCES, random.int(1, 3)),
    );
  }
  if (random.chance(0.6)) blocks.push(random.pick(factboxes));
  blocks.push(`Källa: ${random.pick(SOURCE_LINES)}`);
  blocks.push(BOILERPLATE);
  return {
    name: `article-${String(index + 1).padStart(5, '0')}.txt`,
    text: `${blocks.join('\n\n')}\n`,
    sentences,
  };
}

/** `count` articles; article n is the same in every corpus of at least n articles with this seed. */
export function generateCorpus(count: number, seed = DEFAULT_SEED): BenchArticle[] {
  const factboxes = buildFactboxes(seed);
  return Array.from({ length: count }, (_, i) =>
    buildArticle(i, createRandom(seed + i * 7919), factboxes),
  );
}
