import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProviderError, UserError } from '../../src/errors.js';
import { createProvider } from '../../src/providers/index.js';
import { makeProject } from '../helpers/project.js';
import { testProviderContract } from './contract.js';

const ENGINE = `export default (options) => ({
  name: 'upper',
  capabilities: { maskToken: (i) => '⟦' + i + '⟧' },
  async translate(texts, ctx) { return texts.map((t) => t.toUpperCase().replace(/⟦(\\d+)⟧/g, '⟦$1⟧')); },
});`;

function project(files: Record<string, string>) {
  const dir = makeProject({ glossary: false });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('module provider', () => {
  const dir = () => project({ 'engine.mjs': ENGINE });
  testProviderContract(
    'module',
    async () =>
      createProvider('./engine.mjs', { cwd: dir(), env: {}, settings: {}, targets: ['de'] }),
    'de',
  );

  it.each([
    ['missing.mjs', {}, UserError, /does not exist/],
    [
      'throws.mjs',
      { 'throws.mjs': 'throw new Error("boom");' },
      UserError,
      /importing it threw "boom"/,
    ],
    [
      'nofn.mjs',
      { 'nofn.mjs': 'export default 42;' },
      UserError,
      /default export is not a function/,
    ],
    [
      'badshape.mjs',
      { 'badshape.mjs': 'export default () => ({ translate() {} });' },
      UserError,
      /instead of \{ name: string/,
    ],
  ])('rejects %s with a message that says how to fix it', async (name, files, type, message) => {
    const d = project(files);
    const error = await createProvider(`./${name}`, {
      cwd: d,
      env: {},
      settings: {},
      targets: ['de'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects a module that returns the wrong number of translations', async () => {
    const d = project({
      'short.mjs':
        'export default () => ({ name: "short", async translate(texts) { return texts.slice(1); } });',
    });
    const provider = await createProvider('./short.mjs', {
      cwd: d,
      env: {},
      settings: {},
      targets: ['de'],
    });
    await expect(provider.translate(['a', 'b'], { source: 'sv', target: 'de' })).rejects.toThrow(
      ProviderError,
    );
    await expect(provider.translate(['a', 'b'], { source: 'sv', target: 'de' })).rejects.toThrow(
      /returned 1 values for 2 texts/,
    );
  });
});
