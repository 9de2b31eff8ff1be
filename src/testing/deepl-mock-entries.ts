// Parses and validates glossary entries the way DeepL does: TSV or CSV, no duplicates,
// no surrounding whitespace, no control characters, at most 10 MiB.

export const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;

export type ParsedEntries = { entries: Map<string, string> } | { error: string; detail: string };

// C0/C1 controls, and the Unicode line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

function checkTerm(term: string, index: number, position: number): string | undefined {
  if (term.length === 0)
    return `Entry with the index ${index} (starting at position ${position}) is empty`;
  if (term.trim() !== term) {
    return `Entry with the index ${index} (starting at position ${position}) has leading or trailing whitespace`;
  }
  if (FORBIDDEN.test(term)) {
    return `Entry with the index ${index} (starting at position ${position}) contains an invalid character`;
  }
  return undefined;
}

export function parseGlossaryEntries(text: string, format: string): ParsedEntries {
  const invalid = 'Invalid glossary entries provided';
  if (format !== 'tsv' && format !== 'csv') {
    return { error: 'Invalid entries_format', detail: `Unsupported format '${format}'` };
  }
  if (Buffer.byteLength(text) > MAX_GLOSSARY_BYTES) {
    return { error: invalid, detail: 'The glossary exceeds the maximum size of 10 MiB' };
  }
  const entries = new Map<string, string>();
  const firstIndex = new Map<string, { index: number; position: number }>();
  let position = 0;
  let index = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const start = position;
    position += line.length + 1;
    if (line.length === 0) continue;
    const cells = format === 'tsv' ? line.split('\t') : splitCsvLine(line);
    const [source = '', target = ''] = cells;
    if (cells.length < 2 || cells.length > (format === 'csv' ? 4 : 2)) {
      return {
        error: invalid,
        detail: `Entry with the index ${index} (starting at position ${start}) is malformed`,
      };
    }
    const bad = checkTerm(source, index, start) ?? checkTerm(target, index, start);
    if (bad) return { error: invalid, detail: bad };
    const previous = firstIndex.get(source);
    if (previous) {
      return {
        error: invalid,
        detail: `Key with the index ${index} (starting at position ${start}) duplicates key with the index ${previous.index} (starting at position ${previous.position})`,
      };
    }
    firstIndex.set(source, { index, position: start });
    entries.set(source, target);
    index++;
  }
  if (entries.size === 0) return { error: invalid, detail: 'The glossary has no entries' };
  return { entries };
}

export function formatTsv(entries: ReadonlyMap<string, string>): string {
  return [...entries].map(([source, target]) => `${source}\t${target}`).join('\n');
}
