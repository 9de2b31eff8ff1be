// The "1% edit" run: a reporter's correction to a few sentences, scattered over the corpus.

import type { BenchArticle } from './generate-corpus.js';
import { createRandom } from './random.js';

export interface CorpusEdit {
  /** Every article, the edited ones with their new text. */
  articles: BenchArticle[];
  /** The edited sentences as they now read, each distinct text once. */
  edited: string[];
  /** Names of the articles that changed. */
  changed: string[];
}

/** An attribution added at the end: the sentence changes, its opening words (and key) do not. */
function editSentence(sentence: string): string {
  return sentence.replace(/\.$/, ', enligt uppgifter till TT.');
}

/** Edits `count` distinct body sentences, picked with `seed`, one occurrence each. */
export function editCorpus(
  articles: readonly BenchArticle[],
  count: number,
  seed: number,
): CorpusEdit {
  const places: Array<[article: number, sentence: number]> = [];
  articles.forEach((article, a) => {
    article.sentences.forEach((_, s) => {
      places.push([a, s]);
    });
  });
  const random = createRandom(seed);
  // A partial Fisher–Yates shuffle: the first `count` places, no repeats.
  const wanted = Math.min(count, places.length);
  for (let i = 0; i < wanted; i++) {
    const j = random.int(i, places.length - 1);
    [places[i], places[j]] = [places[j]!, places[i]!];
  }
  const out = articles.map((article) => ({ ...article, sentences: [...article.sentences] }));
  const edited = new Set<string>();
  const changed = new Set<string>();
  for (const [a, s] of places.slice(0, wanted)) {
    const article = out[a]!;
    const before = article.sentences[s]!;
    const after = editSentence(before);
    if (after === before || !article.text.includes(before)) continue;
    article.text = article.text.replace(before, () => after);
    article.sentences[s] = after;
    edited.add(after);
    changed.add(article.name);
  }
  return { articles: out, edited: [...edited], changed: [...changed] };
}
