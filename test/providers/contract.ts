// The shared suite every provider passes: one string per text, in order, masked tokens kept.

import { expect, it } from 'vitest';
import type { Provider } from '../../src/providers/types.js';

export function testProviderContract(
  name: string,
  create: () => Promise<Provider>,
  target: string,
) {
  it(`${name}: has a name and capabilities as data`, async () => {
    const provider = await create();
    expect(typeof provider.name).toBe('string');
    expect(typeof provider.capabilities).toBe('object');
    await provider.dispose?.();
  });

  it(`${name}: returns one non-empty string per text, in order`, async () => {
    const provider = await create();
    const texts = ['Hej.', 'Toppmötet har inletts i Samarkand.', 'Vi ses i morgon.'];
    const out = await provider.translate(texts, { source: 'sv', target });
    expect(out).toHaveLength(texts.length);
    for (const t of out) expect(t.trim()).not.toBe('');
    const single = await provider.translate([texts[1]!], { source: 'sv', target });
    expect(single[0]).toBe(out[1]);
    await provider.dispose?.();
  });

  it(`${name}: keeps its mask token`, async () => {
    const provider = await create();
    const token = provider.capabilities.tags
      ? (i: number) => `<x id="${i}"/>`
      : (provider.capabilities.maskToken ?? ((i: number) => `⟦${i}⟧`));
    const [out] = await provider.translate([`Mötet med ${token(0)} började i dag.`], {
      source: 'sv',
      target,
    });
    expect(out).toContain(token(0));
    await provider.dispose?.();
  });

  it(`${name}: answers an empty batch with an empty list`, async () => {
    const provider = await create();
    expect(await provider.translate([], { source: 'sv', target })).toEqual([]);
    await provider.dispose?.();
  });
}
