// A word diff as Markdown: `~~old~~ **new**`; a rewrite as the whole old text struck, then the new. Where a delimiter would not close or open under
// CommonMark's flanking rules (`Kina**,** sa`), the same mark is written as HTML instead.

import { type DiffPart, diffWords } from '../html/index.js';
import { escapeMarkdown } from './escape-markdown.js';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

interface Piece {
  text: string;
  mark?: 'delete' | 'insert';
}

/** The new text with deletions struck through and insertions in bold; both texts stay readable. */
export function formatWordDiff(before: string, after: string): string {
  const pieces: Piece[] = [];
  for (const part of diffOrReplace(before, after)) {
    if (part.op === 'equal') {
      pieces.push({ text: escapeMarkdown(part.text) });
      continue;
    }
    const [, lead = '', inner = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(part.text) ?? [];
    // A deleted space leaves no trace; an inserted one is just a space.
    if (inner === '') {
      if (part.op === 'insert') pieces.push({ text: part.text });
      continue;
    }
    // `~~old~~ **new**`: a space keeps the two marks apart (and both delimiters valid).
    if (part.op === 'insert' && pieces.at(-1)?.mark === 'delete' && lead === '') {
      pieces.push({ text: ' ' });
    }
    if (lead) pieces.push({ text: lead });
    pieces.push({ text: escapeMarkdown(inner), mark: part.op });
    if (trail) pieces.push({ text: trail });
  }
  return pieces.map((piece, i) => renderPiece(piece, pieces, i)).join('');
}

/** Under half the words kept: a rewrite reads best as the old text struck, then the new one. */
const MIN_KEPT = 0.5;

function diffOrReplace(before: string, after: string): DiffPart[] {
  const parts = diffWords(before, after);
  const letters = (text: string) => text.replace(/\s+/gu, '').length;
  const kept = parts.filter((p) => p.op === 'equal').reduce((n, p) => n + letters(p.text), 0);
  if (kept >= MIN_KEPT * Math.max(letters(before), letters(after))) return parts;
  return [
    { op: 'delete', text: before },
    { op: 'insert', text: after },
  ];
}

function renderPiece(piece: Piece, pieces: readonly Piece[], index: number): string {
  if (!piece.mark) return piece.text;
  const before = lastChar(pieces.slice(0, index));
  const after = firstChar(pieces.slice(index + 1));
  const [delimiter, tag] = piece.mark === 'delete' ? ['~~', 'del'] : ['**', 'strong'];
  return canDelimit(piece.text, before, after)
    ? `${delimiter}${piece.text}${delimiter}`
    : `<${tag}>${piece.text}</${tag}>`;
}

/** CommonMark: the opening run must be left-flanking and the closing run right-flanking. */
function canDelimit(inner: string, before: string, after: string): boolean {
  const first = inner[0] ?? '';
  const last = inner.at(-1) ?? '';
  const loose = (c: string) => c === '' || SPACE.test(c) || PUNCTUATION.test(c);
  const opens = !SPACE.test(first) && (!PUNCTUATION.test(first) || loose(before));
  const closes = !SPACE.test(last) && (!PUNCTUATION.test(last) || loose(after));
  return opens && closes;
}

function lastChar(pieces: readonly Piece[]): string {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const text = pieces[i]!.text;
    if (text) return text.at(-1)!;
  }
  return '';
}

function firstChar(pieces: readonly Piece[]): string {
  for (const piece of pieces) if (piece.text) return piece.text[0]!;
  return '';
}
