// Properties over generated input (fast-check): reading sources and segmenting loses nothing,
// protecting and restoring around an engine that changes nothing gives the text back, and a locale
// file reads back exactly as it was written.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/content/read-source.js';
import { matchTerms, parseGlossary } from '../../src/glossary/index.js';
import { formatLocaleJson, readLocaleFile, writeLocaleFile } from '../../src/locales/index.js';
import { parseLocaleJson } from '../../src/locales/parse-json.js';
import { segmentText } from '../../src/segment/index.js';
import { protectText } from '../../src/translate/protect.js';

const TERMS = ['Xi Jinping', 'Putin', 'SCO', 'AP/TT', 'S:t Eriks', 'C++', 'Kreml'];
// Every pin equals its term, so restoring around an identity engine must give the text back.
const GLOSSARY = parseGlossary(
  `terms:\n${TERMS.map((t) => `  ${JSON.stringify(t)}:\n    translations: { de: ${JSON.stringify(t)} }\n`).join('')}  Samarkand:\n    keep: true\n`,
  'glossary.yaml',
  { targets: ['de'] },
).glossary;

const PIECES = [
  ...TERMS,
  'Samarkand',
  'och',
  'möttes',
  'i',
  'Kina',
  '{{count}}',
  '{{name, uppercase}}',
  '$t(common:ok)',
  '<b>',
  '</b>',
  '<br/>',
  '{n, plural, one {# dag} other {# dagar}}',
  '⟦0⟧',
  '⟦1⟧',
  '<x id="0"/>',
  '👩‍👩‍👧',
  '🇸🇪',
  '\u200B',
  '\u200F',
  'é',
  '12,5',
  '–',
  '"',
  '«',
];
const SEPARATORS = [' ', ' ', ', ', '. ', '\n\n', '! ', '\u00a0'];
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

const TOKENS: Record<string, (i: number) => string> = {
  brackets: (i) => `⟦${i}⟧`,
  'xml tag': (i) => `<x id="${i}"/>`,
  'deepl tag': (i) => `<tolk-t id="${i}"/>`,
};

describe('properties', () => {
  it('reading a source (BOM, CRLF, any Unicode) and segmenting it loses no character', () => {
    const unicodeText = fc
      .array(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 12 }),
          fc.constantFrom('. ', '\n\n', '\r\n', ' '),
        ),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join(''))
      // Control characters are refused by design, and an empty text too.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .map((t) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ''))
      .filter((t) => t.trim() !== '');
    fc.assert(
      fc.property(unicodeText, fc.boolean(), (raw, bom) => {
        const bytes = new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${raw}`);
        const source = decodeSource(bytes, 'a.txt');
        expect(source).toBe(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
        let at = 0;
        for (const segment of segmentText(source)) {
          expect(source.slice(segment.start, segment.end)).toBe(segment.text);
          expect(source.slice(at, segment.start).trim()).toBe('');
          at = segment.end;
        }
        expect(source.slice(at).trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  for (const [name, token] of Object.entries(TOKENS)) {
    it(`protecting then restoring around an identity engine is the identity (${name} tokens)`, () => {
      fc.assert(
        fc.property(text, (original) => {
          const matches = matchTerms(original, GLOSSARY);
          const guarded = protectText(original, { lang: 'de', token, terms: matches });
          const restored = guarded.restore(guarded.request);
          expect(restored).toEqual({ text: original, damaged: false });
        }),
        { numRuns: 400 },
      );
    });
  }

  const part = fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((p) => !p.includes('.') && !['__proto__', 'constructor', 'prototype'].includes(p));
  const entries = fc
    .uniqueArray(
      fc.tuple(fc.array(part, { minLength: 1, maxLength: 3 }), fc.string({ unit: 'binary' })),
      {
        selector: ([path]) => path.join('.'),
        maxLength: 20,
      },
    )
    .map((list) => list.map(([path, value]) => [path.join('.'), value] as [string, string]))
    // A key cannot be both a text and a group of keys ("a" and "a.b").
    .filter((list) => list.every(([k]) => list.every(([other]) => !other.startsWith(`${k}.`))));

  it('a locale file reads back exactly what was written, in order', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const parsed = parseLocaleJson(formatLocaleJson(list), 'de.json');
        const grouped = groupOrder(list);
        expect([...parsed.values]).toEqual(grouped);
        expect(JSON.parse(formatLocaleJson(list))).toBeTypeOf('object');
      }),
      { numRuns: 300 },
    );
  });

  it('the same through the disk (atomic write, read)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tolk-prop-'));
    try {
      await fc.assert(
        fc.asyncProperty(entries, async (list) => {
          const file = join(dir, 'de', 'ns.json');
          await writeLocaleFile(file, list);
          expect([...((await readLocaleFile(file)) ?? [])]).toEqual(groupOrder(list));
        }),
        { numRuns: 60 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Nesting groups keys sharing a first part where the first of them stood: the order a reader sees. */
function groupOrder(list: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  type Node = Map<string, Node | string>;
  const root: Node = new Map();
  for (const [key, value] of list) {
    const parts = key.split('.');
    let node = root;
    for (const p of parts.slice(0, -1)) {
      let child = node.get(p);
      if (!(child instanceof Map)) {
        child = new Map();
        node.set(p, child);
      }
      node = child;
    }
    node.set(parts.at(-1)!, value);
  }
  const out: Array<[string, string]> = [];
  const walk = (node: Node, prefix: string) => {
    for (const [k, v] of node) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.push([path, v]);
      else walk(v, path);
    }
  };
  walk(root, '');
  return out;
}
