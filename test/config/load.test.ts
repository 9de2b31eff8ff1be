import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { UserError } from '../../src/errors.js';
import { makeProject } from '../helpers/project.js';

describe('loadConfig', () => {
  it('without a config file: defaults, and targets are the language folders under locales/ but the source', async () => {
    const dir = makeProject({
      files: { 'locales/sv/a.json': '{}', 'locales/de/a.json': '{}', 'locales/en-GB/a.json': '{}' },
    });
    const config = await loadConfig(dir);
    expect(config).toMatchObject({ source: 'sv', targets: ['de', 'en-GB'], provider: 'auto' });
    expect(config.content).toBe(`${dir}/content/sv`);
    expect(config.lock).toBe(`${dir}/tolk.lock.json`);
  });

  it('reads the fields it knows', async () => {
    const dir = makeProject({
      config:
        'targets: [en-GB, de]\nprovider: pseudo\nexclude: [boilerplate]\ndeepl:\n  formality: prefer_less\n',
    });
    const config = await loadConfig(dir);
    expect(config).toMatchObject({
      targets: ['en-GB', 'de'],
      provider: 'pseudo',
      exclude: ['boilerplate'],
    });
    expect(config.providers.deepl).toEqual({ formality: 'prefer_less' });
  });

  it.each([
    ['targets: [en-GB, xx]\n', 1, /"xx", which is not a known language code/],
    [
      'targets: [en-GB]\ntarget: [de]\n',
      2,
      /"target" is not a tolk setting\. Did you mean "targets"\?/,
    ],
    ['locales: ../elsewhere\n', 1, /points outside the project/],
    ['targets: [en-GB\n', 2, /invalid YAML/],
    ['exclude: [adverts]\n', 1, /not a segment kind/],
    ['checks:\n  number: loud\n', 2, /Use error, warning, info or off/],
    ['targets: [sv]\n', 1, /source language/],
  ])('rejects %j naming the line and the fix', async (yaml, line, message) => {
    const dir = makeProject({ config: yaml });
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).position).toMatchObject({ file: `${dir}/tolk.config.yaml`, line });
    expect((error as Error).message).toMatch(message);
  });
});
