// A word-level diff of two translations (longest common subsequence), small enough for sentence-sized texts.

export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

// Above this many LCS cells the texts are shown as one replacement instead (a pathological segment).
const MAX_CELLS = 4_000_000;

/** Words, runs of whitespace and single punctuation marks, so `Kina,` → `Kina` `,`. */
export function tokenizeWords(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{M}\p{N}_]+(?:['’-][\p{L}\p{M}\p{N}_]+)*|[^\s]/gu) ?? [];
}

/** Parts whose `equal`+`delete` texts join to `before` and `equal`+`insert` texts join to `after`. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  if (a.length * b.length > MAX_CELLS) {
    return mergeParts([
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ]);
  }
  return mergeParts(foldWhitespace(walkTable(a, b, buildTable(a, b))));
}

/** `table[i][j]` = LCS length of `a[i..]` and `b[j..]`, flattened row by row. */
function buildTable(a: string[], b: string[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  return table;
}

function walkTable(a: string[], b: string[], table: Uint32Array): DiffPart[] {
  const width = b.length + 1;
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ op: 'equal', text: a[i]! });
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      parts.push({ op: 'delete', text: a[i++]! });
    } else {
      parts.push({ op: 'insert', text: b[j++]! });
    }
  }
  for (; i < a.length; i++) parts.push({ op: 'delete', text: a[i]! });
  for (; j < b.length; j++) parts.push({ op: 'insert', text: b[j]! });
  return parts;
}

// A lone shared space between two changes reads better inside the change: `<del>a b</del><ins>c d</ins>`.
function foldWhitespace(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    const prev = parts[k - 1];
    const next = parts[k + 1];
    const between = prev && next && prev.op !== 'equal' && next.op !== 'equal';
    if (part.op === 'equal' && /^\s+$/.test(part.text) && between) {
      out.push({ op: 'delete', text: part.text }, { op: 'insert', text: part.text });
    } else {
      out.push(part);
    }
  }
  return out;
}

/** Joins runs of changes into one deletion followed by one insertion, and neighbouring equal parts. */
function mergeParts(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += part.text;
      else if (part.text) out.push({ ...part });
    }
  }
  flush();
  return out;
}
