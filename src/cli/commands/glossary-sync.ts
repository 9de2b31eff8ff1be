// `tolk glossary sync`: DeepL's glossaries brought in line with glossary.yaml, once, outside a run.

import { loadConfig } from '../../config/index.js';
import { pairGlossary, readGlossary } from '../../glossary/index.js';
import { readDeeplConnection } from '../../providers/deepl.js';
import { createDeeplClient } from '../../providers/deepl-client.js';
import { syncDeeplGlossaries } from '../../providers/deepl-glossary-sync.js';
import type { Command } from '../command.js';
import { listOption, selectTargets } from './select-targets.js';

export const glossarySyncCommand: Command = {
  name: 'glossary sync',
  summary: 'Bring the DeepL glossaries in line with glossary.yaml (created, reused, deleted)',
  usage: [
    'tolk glossary sync [--lang L[,L…]]',
    '',
    'Needs DEEPL_AUTH_KEY (and DEEPL_SERVER_URL or deepl.serverUrl for another server).',
    'One glossary per target, named tolk-<source>-<target>-<hash of its entries>: an unchanged one is',
    'reused, a changed one is created and its older version deleted. `tolk translate` does the same on demand.',
  ].join('\n'),
  options: { lang: { type: 'string', multiple: true } },
  async run({ values }, io) {
    const config = selectTargets(await loadConfig(io.cwd), listOption(values.lang));
    const { glossary } = await readGlossary(config.glossary, { targets: config.targets });
    const connection = readDeeplConnection({
      env: io.env,
      settings: config.providers.deepl ?? {},
      targets: config.targets,
    });
    const { settings } = connection;
    const client = createDeeplClient({
      authKey: connection.authKey,
      timeoutMs: settings.timeoutMs,
      ...(connection.serverUrl ? { serverUrl: connection.serverUrl } : {}),
    });
    if (glossary.terms.length === 0) {
      io.stdout(`${config.glossary} has no terms; there is nothing to sync.\n`);
      return 0;
    }
    const pairs = config.targets.map((target) => pairGlossary(glossary, config.source, target));
    const result = await syncDeeplGlossaries(client, pairs, (line) => io.stderr(`${line}\n`), {
      maxAttempts: settings.maxAttempts,
      timeoutMs: settings.timeoutMs,
      ...(io.signal ? { signal: io.signal } : {}),
    });
    const lines = [
      ...result.created.map((name) => `created  ${name}`),
      ...result.reused.map((name) => `reused   ${name}`),
      ...result.deleted.map((name) => `deleted  ${name}`),
      ...result.skipped.map((pair) => `skipped  ${pair} (DeepL has no glossaries for this pair)`),
    ];
    const summary = `DeepL glossaries: ${result.created.length} created, ${result.reused.length} reused, ${result.deleted.length} deleted.`;
    io.stdout(`${[...lines, summary].join('\n')}\n`);
    return 0;
  },
};
