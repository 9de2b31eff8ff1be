// Rewrites an exported XLIFF file the way CAT tools hand files back: another namespace prefix,
// CRLF, a BOM, a lower-case encoding declaration, units in another order, notes of their own,
// and the translator's edits (targets with inline markup, changed states).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface UnitEdit {
  /** New inner XML of the <target> (may hold <mrk>/<pc>); a <target> is added when missing. */
  target?: string;
  state?: string;
}

export function unitBlocks(xml: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of xml.matchAll(
    / {4}<unit id="([^"]+)"(?: name="([^"]+)")?>[\s\S]*?\n {4}<\/unit>/g,
  )) {
    blocks.set(match[2] ?? match[1]!, match[0]);
  }
  return blocks;
}

/** The exported file with the translator's edits, nothing else changed. */
export function editUnits(xml: string, edits: Record<string, UnitEdit>): string {
  let out = xml;
  for (const [key, edit] of Object.entries(edits)) {
    const block = unitBlocks(out).get(key);
    if (!block) throw new Error(`no unit ${key} in the export`);
    let edited = block;
    if (edit.state)
      edited = edited.replace(/<segment state="[^"]*">/, `<segment state="${edit.state}">`);
    if (edit.target !== undefined) {
      edited = /<target[^>]*>[\s\S]*<\/target>/.test(edited)
        ? edited.replace(
            /(<target[^>]*>)[\s\S]*(<\/target>)/,
            (_, open, close) => `${open}${edit.target}${close}`,
          )
        : edited.replace(/(<\/source>)/, `$1\n        <target>${edit.target}</target>`);
    }
    out = out.replace(block, () => edited);
  }
  return out;
}

/** What a CAT tool does to a file it saves, whatever the translator did. */
export function asCatToolWrites(xml: string): Buffer {
  let out = xml
    .replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<!-- saved by a CAT tool -->',
    )
    .replace(
      'xmlns="urn:oasis:names:tc:xliff:document:2.0"',
      'xmlns:x="urn:oasis:names:tc:xliff:document:2.0" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"',
    )
    .replace(/<(\/?)(xliff|file|unit|notes|note|segment|source|target|mrk|pc)\b/g, '<$1x:$2');
  // Units in reverse order within each file, each with a note of the translator's.
  out = out.replace(
    /(<x:file [^>]*>\n)([\s\S]*?)(\n {2}<\/x:file>)/g,
    (_, open, body: string, close) => {
      const units = [...body.matchAll(/ {4}<x:unit [\s\S]*?<\/x:unit>/g)].map((m) => m[0]);
      const noted = units.map((unit) =>
        unit.includes('<x:notes>')
          ? unit.replace(
              '<x:notes>',
              '<x:notes>\n        <x:note category="translator" priority="5">Checked against the style guide.</x:note>',
            )
          : unit,
      );
      return `${open}${noted.reverse().join('\n')}${close}`;
    },
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(out.replace(/\n/g, '\r\n'))]);
}

/** Every file of a project (but the run lock and xliff exports), path → bytes, to prove what changed. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const rel = relative(dir, full);
      if (rel === '.tolk' || rel === 'xliff') continue;
      if (statSync(full).isDirectory()) walk(full);
      else files.set(rel, readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

/** The paths whose bytes differ between two snapshots. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}
