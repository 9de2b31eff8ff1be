import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/locales/index.js';
import {
  type PlanInput,
  planLanguageSteps,
  planTranslations,
} from '../../src/plan/plan-translations.js';
import type { SourceSegment } from '../../src/plan/types.js';

const segment = (
  key: string,
  text: string,
  kind: SourceSegment['kind'] = 'paragraph',
): SourceSegment => ({
  key,
  text,
  kind,
  paragraph: 0,
  start: 0,
  end: text.length,
  ns: 'ns',
  context: text,
});

function plan(overrides: Partial<PlanInput> & Pick<PlanInput, 'segments'>) {
  return planTranslations({
    targets: ['de'],
    prior: { files: new Map(), lock: {}, billed: {} },
    hashText,
    termsHash: () => undefined,
    ...overrides,
  })[0]!;
}

const files = (values: Record<string, string>) =>
  new Map([['de', new Map([['ns', new Map(Object.entries(values))]])]]);

describe('planTranslations', () => {
  it('keeps an up-to-date machine translation and translates a new key', () => {
    const p = plan({
      segments: [segment('a', 'Hej.'), segment('b', 'Nytt.')],
      prior: {
        files: files({ a: 'Hallo.' }),
        lock: {
          de: { ns: { a: { source: hashText('Hej.'), output: hashText('Hallo.'), by: 'deepl' } } },
        },
        billed: {},
      },
    });
    expect([...p.kept.get('ns')!.keys()]).toEqual(['a']);
    expect(p.work.map((w) => w.segment.key)).toEqual(['b']);
  });

  it('retranslates a machine translation whose Swedish changed', () => {
    const p = plan({
      segments: [segment('a', 'Hej då.')],
      prior: {
        files: files({ a: 'Hallo.' }),
        lock: {
          de: { ns: { a: { source: hashText('Hej.'), output: hashText('Hallo.'), by: 'deepl' } } },
        },
        billed: {},
      },
    });
    expect(p.work.map((w) => w.segment.key)).toEqual(['a']);
  });

  it('records a value that differs from the machine output as a human translation and keeps it', () => {
    const p = plan({
      segments: [segment('a', 'Hej.')],
      prior: {
        files: files({ a: 'Servus.' }),
        lock: {
          de: { ns: { a: { source: hashText('Hej.'), output: hashText('Hallo.'), by: 'deepl' } } },
        },
        billed: {},
      },
    });
    expect(p.work).toEqual([]);
    expect(p.kept.get('ns')!.get('a')).toEqual({
      value: 'Servus.',
      entry: { source: hashText('Hej.'), output: hashText('Servus.'), by: 'human' },
    });
  });

  it('marks a human translation stale when its Swedish changes, or retranslates it when asked', () => {
    const prior = {
      files: files({ a: 'Servus.' }),
      lock: {
        de: { ns: { a: { source: hashText('Hej.'), output: hashText('Servus.'), by: 'human' } } },
      },
      billed: {},
    };
    const stale = plan({ segments: [segment('a', 'Hej hej.')], prior });
    expect(stale.work).toEqual([]);
    expect(stale.stale).toEqual([{ ns: 'ns', key: 'a' }]);
    expect(stale.kept.get('ns')!.get('a')!.entry.stale).toBe(true);
    const redo = plan({ segments: [segment('a', 'Hej hej.')], prior, retranslateStale: true });
    expect(redo.work.map((w) => w.segment.key)).toEqual(['a']);
  });

  it('reuses the translation of identical Swedish under a new key (an edited paragraph keeps its unchanged sentences)', () => {
    const p = plan({
      segments: [segment('new-key', 'Hej.')],
      prior: {
        files: files({ old: 'Hallo.' }),
        lock: {
          de: {
            ns: { old: { source: hashText('Hej.'), output: hashText('Hallo.'), by: 'deepl' } },
          },
        },
        billed: {},
      },
    });
    expect(p.work).toEqual([]);
    expect(p.kept.get('ns')!.get('new-key')!.value).toBe('Hallo.');
  });

  it('retranslates exactly the segments whose glossary pins changed', () => {
    const prior = {
      files: files({ a: 'Putin kam.', b: 'Hallo.' }),
      lock: {
        de: {
          ns: {
            a: {
              source: hashText('Putin kom.'),
              output: hashText('Putin kam.'),
              by: 'deepl',
              terms: 'old-pins',
            },
            b: { source: hashText('Hej.'), output: hashText('Hallo.'), by: 'deepl' },
          },
        },
      },
      billed: {},
    };
    const p = plan({
      segments: [segment('a', 'Putin kom.'), segment('b', 'Hej.')],
      prior,
      termsHash: (text) => (text.includes('Putin') ? 'new-pins' : undefined),
    });
    expect(p.work.map((w) => w.segment.key)).toEqual(['a']);
  });

  it('sends timestamps and credits to their own modes', () => {
    const p = plan({
      segments: [
        segment('d.time', '2022-09-15 13:23', 'timestamp'),
        segment('c', 'Foto: X', 'credit'),
      ],
    });
    expect(p.work.map((w) => w.mode)).toEqual(['timestamp', 'credit']);
  });
});

describe('planLanguageSteps', () => {
  it('plans in small steps, to the same plan as planning in one go', () => {
    const segments = Array.from({ length: 1000 }, (_, i) => segment(`k${i}`, `Mening ${i % 300}.`));
    const input: PlanInput = {
      targets: ['de'],
      segments,
      prior: { files: files({ k1: 'Satz 1.' }), lock: {}, billed: {} },
      hashText,
      termsHash: () => undefined,
    };
    const steps = planLanguageSteps('de', input);
    let yielded = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded++;
    // A step is a few dozen segments: a caller can pause between them.
    expect(yielded).toBeGreaterThanOrEqual(Math.floor(1000 / 32));
    expect(step.value).toEqual(planTranslations(input)[0]);
  });
});
