// Locale files, source strings and the lock edited by hand or by other tools.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BadInput } from './bad-inputs.js';
import { ARTICLE, localeValues } from './bad-inputs.js';
import { runTolk } from './run-tolk.js';

const project = { seed: false, files: { 'content/sv/artikel.txt': ARTICLE } };
const DE = 'locales/de/artikel.json';
const at = (line: number) => new RegExp(`locales/de/artikel\\.json:${line}(:\\d+)?:`);

const prototypeKey = (key: string): BadInput => ({
  name: `locale file with a "${key}" key`,
  kind: 'locale',
  project,
  afterFirstRun: {
    [DE]: `{\n  "rubrik-om-sverige": "Titel",\n  "${key}": { "polluted": "yes" }\n}\n`,
  },
  refuse: { says: new RegExp(`the key "${key}" is not allowed.*rename it`), at: at(3) },
});

export const FILE_CASES: BadInput[] = [
  {
    name: 'locale file not valid JSON',
    kind: 'locale',
    project,
    afterFirstRun: { [DE]: '{\n  "rubrik-om-sverige": "Titel",\n  "p-regeringen": \n}\n' },
    refuse: { says: /Could not read the locale file: .*Fix the JSON at this line/, at: at(3) },
  },
  {
    name: 'locale file cut short',
    kind: 'locale',
    project,
    afterFirstRun: { [DE]: '{\n  "rubrik-om-sverige": "Tit' },
    refuse: { says: /a string is not closed/, at: at(2) },
  },
  {
    name: 'locale file with a number, a list and null as values',
    kind: 'locale',
    project,
    afterFirstRun: {
      [DE]: '{\n  "rubrik-om-sverige": "Titel",\n  "p-antal": 5,\n  "p-lista": ["a"]\n}\n',
    },
    refuse: { says: /the value of "p-antal" is not a string/, at: at(3) },
  },
  prototypeKey('__proto__'),
  prototypeKey('constructor'),
  prototypeKey('prototype'),
  {
    name: 'source strings (content/sv/ui.json) with a "__proto__" key',
    kind: 'source',
    project: {
      seed: false,
      files: {
        'content/sv/ui.json': '{\n  "titel": "Inkorg",\n  "__proto__": { "polluted": "ja" }\n}\n',
      },
    },
    refuse: {
      says: /Could not read the source strings: the key "__proto__" is not allowed/,
      at: /content\/sv\/ui\.json:3/,
    },
  },
  {
    name: 'lock file not valid JSON',
    kind: 'lock',
    project,
    afterFirstRun: { 'tolk.lock.json': '{\n  "version": 1,\n  "entries": {\n' },
    refuse: {
      says: /Could not read the lock: it is not valid JSON.*Restore it from git/,
      at: /tolk\.lock\.json:4:/,
    },
  },
  {
    name: 'lock file with "__proto__" entries',
    kind: 'lock',
    project,
    afterFirstRun: {
      'tolk.lock.json':
        '{\n  "version": 1,\n  "entries": {\n    "__proto__": { "polluted": { "x": { "source": "a", "output": "b", "by": "deepl" } } }\n  }\n}\n',
    },
    refuse: {
      says: /Could not read the lock: the key "__proto__" in "entries" is not allowed/,
      at: /tolk\.lock\.json:4:/,
    },
  },
  {
    name: 'lock file with an entry that is not one',
    kind: 'lock',
    project,
    afterFirstRun: {
      'tolk.lock.json':
        '{\n  "version": 1,\n  "entries": {\n    "de": { "artikel": { "rubrik-om-sverige": { "source": 5 } } }\n  }\n}\n',
    },
    refuse: { says: /"rubrik-om-sverige" is not a lock entry/, at: /tolk\.lock\.json:4:/ },
  },
  {
    name: 'a key added to a locale file by hand (reported by check, kept by translate)',
    kind: 'locale',
    project,
    afterFirstRun: {},
    accept: async (dir) => {
      const problems: string[] = [];
      const file = join(dir, DE);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n}\n$/, ',\n  "handskriven": "Von Hand"\n}\n'));
      const check = await runTolk(dir, ['check']);
      if (!/extra-key/.test(check.stdout + check.stderr))
        problems.push(`check did not report extra-key: ${check.stdout}`);
      const again = await runTolk(dir, ['translate']);
      if (again.code !== 0) problems.push(`translate exited ${again.code}: ${again.stderr}`);
      if (localeValues(dir, 'de', 'artikel').get('handskriven') !== 'Von Hand')
        problems.push('translate dropped the hand-added key');
      return problems;
    },
  },
];
