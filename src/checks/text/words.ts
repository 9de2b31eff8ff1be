// Words of a text with what the language checks need to know about each.

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Several capitals or digits inside (`SCO`, `iPhone`, `COVID`): a code or brand, not a word. */
  code: boolean;
  /** First word of the text or of a sentence. */
  initial: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const between = text.slice(previousEnd, start);
    const initial =
      words.length === 0
        ? !/[\p{L}\p{N}]/u.test(between)
        : /[.!?:]\s*["'”“„«»()\-–—]*\s*$/u.test(between) || /^\s*[–—-]\s/.test(between);
    const upper = raw.replace(/[^\p{Lu}]/gu, '').length;
    words.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: start + raw.length,
      capital: /^\p{Lu}/u.test(raw),
      code: upper >= 2 || (upper === 1 && !/^\p{Lu}/u.test(raw)),
      initial,
    });
    previousEnd = start + raw.length;
  }
  return words;
}
