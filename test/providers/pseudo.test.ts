import { describe, expect, it } from 'vitest';
import { createPseudoProvider, pseudoLocalise } from '../../src/providers/pseudo.js';
import { testProviderContract } from './contract.js';

const options = { cwd: '.', env: {}, settings: {}, targets: ['en-GB'] };

describe('pseudo provider', () => {
  testProviderContract('pseudo', async () => createPseudoProvider(options), 'en-GB');

  it('accents, expands and brackets, leaving tokens, placeholders and tags intact', () => {
    const out = pseudoLocalise('Hello ⟦0⟧, you have {{count}} <b>new</b> $t(common:mail).');
    expect(out.startsWith('[Ĥéļļó ⟦0⟧')).toBe(true);
    expect(out).toContain('{{count}}');
    expect(out).toContain('<b>ñéŵ</b>');
    expect(out).toContain('$t(common:mail)');
    expect(out.endsWith('~]')).toBe(true);
    expect(out.length).toBeGreaterThan(
      'Hello ⟦0⟧, you have {{count}} <b>new</b> $t(common:mail).'.length * 1.1,
    );
  });
});
