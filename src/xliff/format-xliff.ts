// Writes XLIFF 2.0: whitespace preserved (UI strings and sentences must come back exactly),
// characters XML cannot hold carried as <cp hex="…"/>, units in document order.

import { XLIFF_NS, type XliffExportFile, type XliffExportUnit } from './types.js';

export interface XliffExport {
  srcLang: string;
  trgLang: string;
  files: XliffExportFile[];
}

export function formatXliff(doc: XliffExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="${escapeAttribute(doc.srcLang)}" trgLang="${escapeAttribute(doc.trgLang)}">`,
  ];
  for (const file of doc.files) {
    const original = file.original ? ` original="${escapeAttribute(file.original)}"` : '';
    lines.push(`  <file id="${escapeAttribute(file.ns)}"${original} xml:space="preserve">`);
    file.units.forEach((unit, i) => {
      lines.push(...formatUnit(unit, i, doc));
    });
    lines.push('  </file>');
  }
  lines.push('</xliff>');
  return `${lines.join('\n')}\n`;
}

/** XLIFF ids are NMTOKENs; a key with spaces or other characters keeps its name in `name`. */
const NMTOKEN = /^[\p{L}\p{N}\p{M}_:.\-\u00B7]+$/u;

function formatUnit(unit: XliffExportUnit, index: number, doc: XliffExport): string[] {
  const id = NMTOKEN.test(unit.key)
    ? `id="${escapeAttribute(unit.key)}"`
    : `id="u${index + 1}" name="${escapeAttribute(unit.key)}"`;
  const lines = [`    <unit ${id}>`];
  if (unit.notes.length > 0) {
    lines.push('      <notes>');
    for (const note of unit.notes) {
      lines.push(
        `        <note category="${escapeAttribute(note.category)}">${escapeText(note.text)}</note>`,
      );
    }
    lines.push('      </notes>');
  }
  lines.push(`      <segment state="${unit.state}">`);
  lines.push(
    `        <source xml:lang="${escapeAttribute(doc.srcLang)}">${escapeText(unit.source)}</source>`,
  );
  if (unit.target !== undefined) {
    lines.push(
      `        <target xml:lang="${escapeAttribute(doc.trgLang)}">${escapeText(unit.target)}</target>`,
    );
  }
  lines.push('      </segment>', '    </unit>');
  return lines;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot hold.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

export function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(
      NOT_XML,
      (char) => `<cp hex="${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}"/>`,
    );
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
