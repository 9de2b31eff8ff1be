// Apertium marks words it could not analyse (`*`), translate (`@`) or inflect (`#`). The marks
// must never reach a locale file; the words become notes so a reviewer sees what the engine missed.

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Joiners that belong to a word only between two word characters (`SCO-länder`, `kl.5`). */
const INNER_JOINER = /[-.'’:]/u;
const MARKS = new Set(['*', '@', '#']);

export interface StrippedMarks {
  /** The stream without marks, still in Apertium's escaped format. */
  stream: string;
  /** The marked words, in order, as they stand in the stream. */
  words: string[];
}

/**
 * Removes unknown-word marks from a raw (still escaped) output stream. Only unescaped `*`, `@`, `#`
 * outside superblanks are marks: the input had `@` escaped and `*`, `#` protected as tokens.
 */
export function stripUnknownMarks(stream: string): StrippedMarks {
  let out = '';
  const words: string[] = [];
  let i = 0;
  while (i < stream.length) {
    const ch = stream[i]!;
    if (ch === '\\') {
      out += stream.slice(i, i + 2);
      i += 2;
    } else if (ch === '[') {
      const end = findSuperblankEnd(stream, i);
      out += stream.slice(i, end);
      i = end;
    } else if (MARKS.has(ch)) {
      const end = readWordEnd(stream, i + 1);
      if (end > i + 1) words.push(stream.slice(i + 1, end));
      i += 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return { stream: out, words };
}

function readWordEnd(stream: string, from: number): number {
  let end = from;
  while (end < stream.length) {
    const ch = stream[end]!;
    if (WORD_CHAR.test(ch)) end += 1;
    else if (INNER_JOINER.test(ch) && end > from && WORD_CHAR.test(stream[end + 1] ?? '')) end += 1;
    else break;
  }
  return end;
}

/** Index just past the superblank starting at `from` (`[...]`, escapes honoured). */
function findSuperblankEnd(stream: string, from: number): number {
  let i = from + 1;
  while (i < stream.length && stream[i] !== ']') i += stream[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, stream.length);
}
