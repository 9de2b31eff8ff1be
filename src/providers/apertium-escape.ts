// Apertium's stream format: text outside `[...]` is parsed into words, so its reserved characters
// must be backslash-escaped and whitespace other than single spaces must travel as superblanks,
// which every stage passes through untouched.

const RESERVED = new Set(['\\', '^', '$', '[', ']', '{', '}', '/', '<', '>', '@']);

/**
 * Escapes one text for Apertium's stream format: reserved characters get a backslash; tabs,
 * newlines and runs of spaces become superblanks. NUL is the segment separator and must not occur.
 */
export function escapeApertium(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isStreamBlank(ch)) {
      const run = readBlankRun(text, i);
      // A single space between words is an ordinary blank; anything else must survive verbatim.
      const plain = run === ' ' && i > 0 && i + 1 < text.length;
      out += plain ? ' ' : `[${run}]`;
      i += run.length;
      continue;
    }
    out += RESERVED.has(ch) ? `\\${ch}` : ch;
    i += 1;
  }
  return out;
}

/**
 * Turns Apertium output back into plain text: escapes are resolved, superblanks give back their
 * content, and word-bound blanks (`[[...]]`, formatting metadata) are dropped.
 */
export function unescapeApertium(stream: string): string {
  let out = '';
  let i = 0;
  while (i < stream.length) {
    const ch = stream[i]!;
    if (ch === '\\' && i + 1 < stream.length) {
      out += stream[i + 1]!;
      i += 2;
    } else if (ch === '[' && stream[i + 1] === '[') {
      i = skipWordboundBlank(stream, i);
    } else if (ch === '[') {
      const end = findClosingBracket(stream, i + 1);
      out += unescapeApertium(stream.slice(i + 1, end));
      i = end + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function isStreamBlank(ch: string): boolean {
  return /\s/u.test(ch);
}

/** A run of whitespace starting at `from`; superblanks carry the run verbatim. */
function readBlankRun(text: string, from: number): string {
  let end = from;
  while (end < text.length && isStreamBlank(text[end]!)) end += 1;
  return text.slice(from, end);
}

/** Index of the `]` closing a superblank whose content starts at `from` (or the stream's end). */
function findClosingBracket(stream: string, from: number): number {
  let i = from;
  while (i < stream.length && stream[i] !== ']') i += stream[i] === '\\' ? 2 : 1;
  return Math.min(i, stream.length);
}

function skipWordboundBlank(stream: string, from: number): number {
  const end = stream.indexOf(']]', from + 2);
  return end === -1 ? stream.length : end + 2;
}
