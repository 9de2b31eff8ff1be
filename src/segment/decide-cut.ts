// Whether a run of final punctuation followed by whitespace ends a sentence: Swedish rules from
// the segmentation guidelines (abbreviations, initials, quotes, ellipses, attributions).

import { classifyAbbreviation, isExclamationLabel, mayEndAbbreviation } from './abbreviations.js';
import { isSentenceOpener, type NextWord } from './next-word.js';

export interface CutCandidate {
  /** The final punctuation run: `.`, `?`, `!?`, `…`, `...`. */
  terminal: string;
  /** The word the punctuation is attached to, without quotes, brackets or its final period (`t.ex`, `J`, `7`). */
  word: string;
  /** Short tokens right before `word` that may be part of the same abbreviation (`bl.` of `bl. a.`). */
  before: readonly string[];
  /** A quote or bracket closes next to the punctuation (`.”`, `”.`, `.)`): the period is no abbreviation's. */
  closed: boolean;
  next: NextWord;
  /** Number of words from the next start up to its own sentence end or the line end. */
  nextRunWords: number;
  /** The word opens the sentence or follows `:`, `;` or `,` (`följande: 1. Sänkt skatt, 2. …`). */
  listPosition: boolean;
}

const INITIALS = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;
const SINGLE_LOWER = /^\p{Ll}$/u;
const LIST_MARKER = /^\d{1,2}$/u;
const QUESTION_OR_EXCLAMATION = /[!?]/u;

export function decideCut(candidate: CutCandidate): boolean {
  const { terminal, word, next } = candidate;
  // Swedish sentences start with a capital, a digit, a dash, a quote or a brand like iPhone;
  // anything else means the sentence goes on (`? frågade hon`, `Det var… ja`, `kr. per person`).
  if (next.start === 'lower' || next.start === 'punct') return false;
  if (QUESTION_OR_EXCLAMATION.test(terminal)) return candidate.closed || !isExclamationLabel(word);
  if (terminal !== '.') return decideEllipsisCut(candidate);
  if (candidate.closed) return true;
  return decidePeriodCut(candidate);
}

/** `Han tvekade… ‖ Sedan …` cuts; a lone word after the pause is its punchline (`är… Sverige!`). */
function decideEllipsisCut(candidate: CutCandidate): boolean {
  return candidate.nextRunWords > 1;
}

function decidePeriodCut(candidate: CutCandidate): boolean {
  const { word, next } = candidate;
  // The pieces before the word are read only when `word.` could end a listed abbreviation.
  const abbreviation = mayEndAbbreviation(`${word}.`)
    ? classifyAbbreviation([...candidate.before, `${word}.`])
    : undefined;
  switch (abbreviation) {
    case 'continues':
      return false;
    case 'numbered':
      return next.start !== 'digit';
    case 'may-end':
      return true;
    default:
      break;
  }
  // `1. Sänkt skatt 2. …`: a small number opening a list item is its marker, not a sentence.
  if (LIST_MARKER.test(word) && candidate.listPosition) return false;
  // `J. K. Rowling`, `C.J.L. Almqvist`: an initial before a capitalised name; `plan B. Det …` still cuts.
  if (INITIALS.test(word)) return next.start !== 'upper' || isSentenceOpener(next.word);
  // `s. 45`, `f. 1950`: a lone lower-case letter with a period is an abbreviation.
  if (SINGLE_LOWER.test(word)) return false;
  return true;
}
