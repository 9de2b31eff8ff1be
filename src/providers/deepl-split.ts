// Splits a text too long for one DeepL request into pieces that fit, to be joined back after translation.

import { cutToEncodedLength, formEncodedLength, textFieldBytes } from './deepl-form-size.js';

export interface TextPiece {
  text: string;
  /** The whitespace that followed the piece in the original; re-inserted when joining. */
  join: string;
}

// A sentence ends at . ! ? … (closing quotes or brackets allowed) before whitespace and a capital or digit.
const SENTENCE_END = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“‘«([–—-]?\s*[\p{Lu}\p{N}])/gu;

function splitSentences(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + (match[1]?.length ?? 0);
    pieces.push({ text: text.slice(start, end), join: match[2] ?? '' });
    start = end + (match[2]?.length ?? 0);
  }
  pieces.push({ text: text.slice(start), join: '' });
  return pieces.filter((piece) => piece.text.length > 0 || piece.join.length > 0);
}

/** Last resort for a run without spaces longer than a request: cut between code points. */
function splitHard(text: string, budget: number, join: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let rest = text;
  while (textFieldBytes(rest) > budget) {
    const head = cutToEncodedLength(rest, budget - 6);
    if (head.length === 0) break;
    pieces.push({ text: head, join: '' });
    rest = rest.slice(head.length);
  }
  pieces.push({ text: rest, join });
  return pieces;
}

/** Packs words back together up to the budget, splitting only at whitespace. */
function splitWords(piece: TextPiece, budget: number): TextPiece[] {
  const parts = piece.text.split(/(\s+)/);
  const pieces: TextPiece[] = [];
  let current = '';
  // The encoded size of `current`, kept as words are added: measuring the whole piece again for
  // every word made a 200 000-character paragraph take seconds (quadratic).
  let currentBytes = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i] ?? '';
    const space = parts[i + 1] ?? '';
    const wordBytes = formEncodedLength(word);
    if (current && textFieldBytes('') + currentBytes + wordBytes > budget) {
      const trailing = /\s+$/.exec(current)?.[0] ?? '';
      pieces.push({ text: current.slice(0, current.length - trailing.length), join: trailing });
      current = '';
      currentBytes = 0;
    }
    if (textFieldBytes('') + wordBytes > budget) {
      pieces.push(...splitHard(word, budget, space));
      continue;
    }
    current += word + space;
    currentBytes += wordBytes + formEncodedLength(space);
  }
  const trailing = /\s+$/.exec(current)?.[0] ?? '';
  if (current)
    pieces.push({ text: current.slice(0, current.length - trailing.length), join: trailing });
  const last = pieces.at(-1);
  if (last) last.join += piece.join;
  return pieces;
}

/**
 * Pieces of `text` whose `text` field fits in `budget` bytes: sentence by sentence, then at spaces,
 * then between code points. Joining `piece.text + piece.join` in order gives back the text.
 */
export function splitLongText(text: string, budget: number): TextPiece[] {
  if (textFieldBytes(text) <= budget) return [{ text, join: '' }];
  return splitSentences(text).flatMap((piece) =>
    textFieldBytes(piece.text) <= budget ? [piece] : splitWords(piece, budget),
  );
}
