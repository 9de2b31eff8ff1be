// Source texts: encodings, line ends, sizes and characters a newsroom's files really hold.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BadInput } from './bad-inputs.js';
import { ARTICLE, localeValues } from './bad-inputs.js';

const at = (name: string, line?: number) =>
  new RegExp(`content/sv/${name.replace('.', '\\.')}${line === undefined ? '' : `:${line}`}:`);

/** Special characters that must come through untouched. */
const SPECIAL = ['\u200B', '\u200D', '\u200F', '\u202B', '\u202C', '👩‍👩‍👧', '🎉', '🇸🇪'];

export const SOURCE_CASES: BadInput[] = [
  {
    name: 'source text not UTF-8 (Latin-1)',
    kind: 'source',
    project: { files: { 'content/sv/latin.txt': Buffer.from(ARTICLE, 'latin1') } },
    refuse: {
      says: /not valid UTF-8 \(byte \d+\)\. Save the file as UTF-8/,
      at: at('latin.txt', 3),
    },
  },
  {
    name: 'source text empty',
    kind: 'source',
    project: { files: { 'content/sv/tom.txt': '' } },
    refuse: {
      says: /the file is empty\. Write the Swedish text in it, or delete it/,
      at: at('tom.txt'),
    },
  },
  {
    name: 'source text only blank lines',
    kind: 'source',
    project: { files: { 'content/sv/blank.txt': ' \n\n\t\n' } },
    refuse: { says: /the file is empty/, at: at('blank.txt') },
  },
  {
    name: 'source text of 20 MB',
    kind: 'source',
    project: {
      files: {
        'content/sv/stor.txt': `${'Ett stycke text om Sverige. '.repeat(40)}\n\n`.repeat(18_000),
      },
    },
    refuse: {
      says: /above the 10 MB limit for one text\. Split it into one file per article/,
      at: at('stor.txt'),
    },
  },
  {
    name: 'source text with a control character',
    kind: 'source',
    project: { files: { 'content/sv/ctrl.txt': ARTICLE.replace('arbetet', 'arbe\u0007tet') } },
    refuse: { says: /control character U\+0007.*Delete it/, at: at('ctrl.txt', 5) },
  },
  {
    name: 'source text with a NUL byte',
    kind: 'source',
    project: { files: { 'content/sv/nul.txt': ARTICLE.replace('budgeten', 'budg\u0000eten') } },
    refuse: { says: /control character U\+0000/, at: at('nul.txt', 3) },
  },
  {
    name: 'source file name that is no namespace',
    kind: 'source',
    project: { files: { 'content/sv/ny.artikel.txt': ARTICLE } },
    refuse: {
      says: /may hold only letters, digits, "-" and "_".*Rename the file/,
      at: at('ny.artikel.txt'),
    },
  },
  {
    name: 'a folder named like a source text',
    kind: 'source',
    project: {},
    setup: (dir) => mkdirSync(join(dir, 'content/sv/mapp.txt')),
    refuse: { says: /it is not a file \(a folder\?\)/, at: at('mapp.txt') },
  },
  {
    name: 'source text with a UTF-8 BOM (accepted)',
    kind: 'source',
    project: {
      files: { 'content/sv/bom.txt': `\uFEFF${ARTICLE}`, 'content/sv/plain.txt': ARTICLE },
    },
    accept: (dir) => sameValues(dir, 'bom', 'plain'),
  },
  {
    name: 'source text with CRLF line ends (accepted, output LF)',
    kind: 'source',
    project: {
      files: {
        'content/sv/crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
        'content/sv/plain.txt': ARTICLE,
      },
    },
    accept: (dir) => {
      const problems = sameValues(dir, 'crlf', 'plain');
      for (const lang of ['sv', 'de']) {
        if ([...localeValues(dir, lang, 'crlf').values()].some((v) => v.includes('\r'))) {
          problems.push(`${lang}: a value holds a carriage return`);
        }
      }
      return problems;
    },
  },
  {
    name: 'zero-width characters, right-to-left marks and emoji (accepted, lossless)',
    kind: 'source',
    project: {
      files: {
        'content/sv/tecken.txt': `Rubrik 🇸🇪 om tecken\n\nHon skrev noll\u200Bbredd, fo\u200Dgar, \u200Fhöger \u202Bmarkering\u202C och emoji 👩‍👩‍👧 🎉.\n`,
      },
    },
    accept: (dir) => {
      const problems: string[] = [];
      const sv = [...localeValues(dir, 'sv', 'tecken').values()].join(' ');
      const de = [...localeValues(dir, 'de', 'tecken').values()].join(' ');
      for (const char of SPECIAL) {
        const code = [...char].map((c) => c.codePointAt(0)!.toString(16)).join(' ');
        if (!sv.includes(char)) problems.push(`sv lost U+${code}`);
        if (/\p{Extended_Pictographic}/u.test(char) && !de.includes(char))
          problems.push(`de lost ${char}`);
      }
      return problems;
    },
  },
];

function sameValues(dir: string, ns: string, reference: string): string[] {
  const problems: string[] = [];
  for (const lang of ['sv', 'de']) {
    const got = [...localeValues(dir, lang, ns)];
    const want = [...localeValues(dir, lang, reference)];
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${lang}/${ns} differs from ${lang}/${reference}`);
    }
  }
  return problems;
}
