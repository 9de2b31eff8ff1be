import { describe, expect, it } from 'vitest';
import type { LanguagePlan, SourceSegment } from '../../src/plan/types.js';
import { planLanguages } from '../../src/translate/plan-languages.js';

const segment = (key: string, text: string): SourceSegment => ({
  ns: 'a',
  key,
  text,
  context: '',
  kind: 'paragraph',
  paragraph: 0,
  start: 0,
  end: text.length,
});

/** A plan with two texts to send (one repeated) and one kept translation. */
function planOf(lang: string): LanguagePlan {
  const work = [
    { segment: segment('s1', 'Xi möter Putin.'), mode: 'provider' as const, sourceHash: 'h1' },
    { segment: segment('s2', 'Xi möter Putin.'), mode: 'provider' as const, sourceHash: 'h1' },
    { segment: segment('s3', 'I Samarkand.'), mode: 'provider' as const, sourceHash: 'h2' },
  ];
  const kept = new Map([
    ['a', new Map([['s4', { value: 'x', entry: { source: 'h', output: 'o', by: 'deepl' } }]])],
  ]);
  return { lang, work, kept, stale: [] };
}

function recorder() {
  const planned: string[] = [];
  const plan = async (lang: string, into: LanguagePlan) => {
    planned.push(lang);
    return Object.assign(into, planOf(lang));
  };
  return { planned, plan };
}

describe('planLanguages', () => {
  it('with a named engine plans nothing up front, and each language once, when reached', async () => {
    const { planned, plan } = recorder();
    const run = await planLanguages({
      targets: ['en-GB', 'de'],
      spec: 'deepl',
      env: {},
      plan,
      planFirst: false,
    });
    expect(planned).toEqual([]);
    expect([...run.choices]).toEqual([
      ['en-GB', { spec: 'deepl' }],
      ['de', { spec: 'deepl' }],
    ]);
    const first = await run.languages[0]!.plan();
    expect(await run.languages[0]!.plan()).toBe(first);
    expect(planned).toEqual(['en-GB']);
    // A written language lets its work go; its summary was taken when it was planned.
    first.work.length = 0;
    expect(await run.planned()).toEqual([
      { lang: 'en-GB', provider: 'deepl', segments: 2, characters: 27, kept: 1, stale: 0 },
      { lang: 'de', provider: 'deepl', segments: 2, characters: 27, kept: 1, stale: 0 },
    ]);
    expect(planned).toEqual(['en-GB', 'de']);
  });

  it('plans every language first for a dry run and for --max-characters, which it enforces', async () => {
    const dry = recorder();
    await planLanguages({
      targets: ['en-GB', 'de'],
      spec: 'deepl',
      env: {},
      plan: dry.plan,
      planFirst: true,
    });
    expect(dry.planned).toEqual(['en-GB', 'de']);

    const capped = recorder();
    await expect(
      planLanguages({
        targets: ['en-GB', 'de'],
        spec: 'deepl',
        env: {},
        plan: capped.plan,
        planFirst: false,
        maxCharacters: 50,
      }),
    ).rejects.toThrow(/send 54 characters, above --max-characters 50/);
    expect(capped.planned).toEqual(['en-GB', 'de']);
  });
});
