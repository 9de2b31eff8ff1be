// Fills a template's slots from the vocabulary; one leader/country binding per sentence.

import type { Random } from './random.js';
import {
  ADVERBS,
  CITIES,
  COUNTRIES,
  type Country,
  DAYS,
  ORGS,
  PEOPLE,
  type Person,
  SAID,
  SOURCES,
  THINGS,
  TOPICS,
} from './vocabulary.js';

function pickOther<T>(random: Random, items: readonly T[], not: T): T {
  for (;;) {
    const item = random.pick(items);
    if (item !== not) return item;
  }
}

export function fillTemplate(template: string, random: Random): string {
  const p = random.pick(PEOPLE);
  const q: Person = pickOther(random, PEOPLE, p);
  const c = random.pick(COUNTRIES);
  const d: Country = pickOther(random, COUNTRIES, c);
  return template.replace(/\{([a-z]+)(?:\.([a-z]+))?\}/g, (slot, name: string, field?: string) => {
    switch (name) {
      case 'p':
        return p[field as keyof Person];
      case 'q':
        return q[field as keyof Person];
      case 'c':
        return c[field as keyof Country];
      case 'd':
        return d[field as keyof Country];
      case 'city':
        return random.pick(CITIES);
      case 'org':
        return random.pick(ORGS);
      case 'topic':
        return random.pick(TOPICS);
      case 'thing':
        return random.pick(THINGS);
      case 'said':
        return random.pick(SAID);
      case 'day':
        return random.pick(DAYS);
      case 'adv':
        return random.pick(ADVERBS);
      case 'src':
        return random.pick(SOURCES);
      case 'n':
        return String(random.int(2, 95));
      case 'pct':
        return `${random.int(1, 40)},${random.int(0, 9)}`;
      case 'year':
        return String(random.int(1996, 2024));
      default:
        throw new Error(`Unknown slot ${slot}`);
    }
  });
}

/** First letter up: a template may open with a slot such as {c.adjective}. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
