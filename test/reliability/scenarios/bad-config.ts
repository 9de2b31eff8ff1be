// tolk.config.yaml, a user's own engine, and XLIFF files from a translator's tool.

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BadInput } from './bad-inputs.js';
import { ARTICLE, PSEUDO_CONFIG } from './bad-inputs.js';

const files = { 'content/sv/artikel.txt': ARTICLE };
const config = (text: string): BadInput['project'] => ({ seed: false, config: text, files });
const atConfig = (line: number) => new RegExp(`tolk\\.config\\.yaml:${line}(:\\d+)?:`);

const escaping = (field: string, value: string, line: number): BadInput => ({
  name: `config ${field} escaping the project (${value})`,
  kind: 'config',
  project: config(`targets: [de]\nprovider: pseudo\n${field}: ${value}\n`),
  refuse: { says: new RegExp(`field "${field}" points outside the project`), at: atConfig(line) },
});

const ENGINE_THROWS = `export default () => ({
  name: 'boom',
  async translate(texts) {
    throw new Error('engine down');
  },
});
`;
const ENGINE_SHORT = `export default () => ({
  name: 'short',
  async translate(texts) { return texts.slice(1); },
});
`;

const XLIFF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const XLIFF_BODY = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="de">
  <file id="artikel"><unit id="rubrik-om-sverige"><segment state="reviewed">
    <source>Rubrik om Sverige</source><target>&e;</target>
  </segment></unit></file>
</xliff>
`;
const BOMB = `<!DOCTYPE xliff [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
`;

export const CONFIG_CASES: BadInput[] = [
  {
    name: 'config with an unknown field',
    kind: 'config',
    project: config('targets: [de]\nprovder: pseudo\n'),
    refuse: {
      says: /field "provder" is not a tolk setting\. Did you mean "provider"\?/,
      at: atConfig(2),
    },
  },
  {
    name: 'config that is a folder',
    kind: 'config',
    project: { seed: false, files },
    setup: (dir) => {
      rmSync(join(dir, 'tolk.config.yaml'));
      mkdirSync(join(dir, 'tolk.config.yaml'));
    },
    refuse: {
      says: /Could not read the config: .*Make tolk\.config\.yaml a readable file/,
      at: /tolk\.config\.yaml:/,
    },
  },
  {
    name: 'lock that is a folder',
    kind: 'lock',
    project: config(PSEUDO_CONFIG),
    setup: (dir) => mkdirSync(join(dir, 'tolk.lock.json')),
    refuse: { says: /Could not read the lock: .*Make it a readable file/, at: /tolk\.lock\.json:/ },
  },
  {
    name: 'config not valid YAML',
    kind: 'config',
    project: config('targets: [de\nprovider: pseudo\n'),
    refuse: { says: /Could not/, at: /tolk\.config\.yaml:\d+/ },
  },
  escaping('content', '../outside', 3),
  escaping('locales', '../../locales', 3),
  escaping('lock', '/tmp/tolk.lock.json', 3),
  escaping('glossary', '../glossary.yaml', 3),
  {
    name: 'config target that is a path, not a language (../x)',
    kind: 'config',
    project: config('targets: ["../x"]\nprovider: pseudo\n'),
    refuse: { says: /lists "\.\.\/x", which is not a known language code/, at: atConfig(1) },
  },
  {
    name: '--lang that is not a target (../x)',
    kind: 'config',
    project: config(PSEUDO_CONFIG),
    args: ['translate', '--lang', '../x'],
    refuse: { says: /\.\.\/x/, at: /tolk|--lang/ },
  },
  {
    name: 'provider module whose translate() throws',
    kind: 'provider',
    project: {
      seed: false,
      config: 'targets: [de]\nprovider: ./engine.mjs\n',
      files: { ...files, 'engine.mjs': ENGINE_THROWS },
    },
    refuse: {
      says: /its translate\(\) threw "engine down"\. Fix the module/,
      at: /engine\.mjs:4:\d+:/,
    },
  },
  {
    name: 'provider module returning the wrong number of translations',
    kind: 'provider',
    project: {
      seed: false,
      config: 'targets: [de]\nprovider: ./engine.mjs\n',
      files: { ...files, 'engine.mjs': ENGINE_SHORT },
    },
    refuse: {
      says: /translate\(\) of "short" returned \d+ values for \d+ texts\. Make it resolve to one string per text/,
      at: /engine\.mjs:/,
    },
  },
  {
    name: 'provider module that does not load',
    kind: 'provider',
    project: {
      seed: false,
      config: 'targets: [de]\nprovider: ./engine.mjs\n',
      files: { ...files, 'engine.mjs': 'export default (;\n' },
    },
    refuse: { says: /Could not load the provider module: importing it threw/, at: /engine\.mjs:/ },
  },
  {
    name: 'XLIFF import with an entity bomb',
    kind: 'xliff',
    project: { seed: false, config: PSEUDO_CONFIG, files },
    afterFirstRun: { 'in/de.xlf': XLIFF_HEAD + BOMB + XLIFF_BODY },
    args: ['xliff', 'import', 'in/de.xlf'],
    refuse: { says: /<!DOCTYPE> declaration/, at: /in\/de\.xlf:2(:\d+)?:/ },
  },
  {
    name: 'XLIFF import with an external entity',
    kind: 'xliff',
    project: { seed: false, config: PSEUDO_CONFIG, files },
    afterFirstRun: {
      'in/de.xlf': `${XLIFF_HEAD}<!DOCTYPE xliff [ <!ENTITY e SYSTEM "file:///etc/passwd"> ]>\n${XLIFF_BODY}`,
    },
    args: ['xliff', 'import', 'in/de.xlf'],
    refuse: { says: /<!DOCTYPE> declaration/, at: /in\/de\.xlf:2(:\d+)?:/ },
  },
  {
    name: 'XLIFF import with an undeclared entity',
    kind: 'xliff',
    project: { seed: false, config: PSEUDO_CONFIG, files },
    afterFirstRun: { 'in/de.xlf': XLIFF_HEAD + XLIFF_BODY },
    args: ['xliff', 'import', 'in/de.xlf'],
    refuse: { says: /entity|&e;/i, at: /in\/de\.xlf:\d+/ },
  },
];
