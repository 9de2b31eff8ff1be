import { describe, expect, it } from 'vitest';
import { pairGlossary, parseGlossary } from '../../src/glossary/index.js';
import { hashText, type TranslationMemory } from '../../src/locales/index.js';
import type { SourceSegment, WorkItem } from '../../src/plan/types.js';
import type { Provider } from '../../src/providers/types.js';
import { translateLanguage } from '../../src/translate/translate-language.js';

const memory: TranslationMemory = {
  get: () => undefined,
  append: async () => undefined,
  clear: async () => undefined,
  size: 0,
};

const item = (key: string, text: string): WorkItem => {
  const segment: SourceSegment = {
    ns: 'article',
    key,
    text,
    context: text,
    kind: 'paragraph',
    paragraph: 0,
    start: 0,
    end: text.length,
  };
  return { segment, mode: 'provider', sourceHash: hashText(text) };
};

describe('translateLanguage', () => {
  it('reports glossary warnings in document order, though the answers came back in reverse', async () => {
    const { glossary } = parseGlossary(
      'terms:\n  SCO:\n    translations:\n      en: SCO\n',
      'glossary.yaml',
      {
        targets: ['en'],
      },
    );
    const sentences = ['SCO möts.', 'SCO växer.', 'SCO talar.', 'SCO tiger.'];
    // The last sentence's answer returns first; the first sentence repeats at the end.
    const work = [...sentences, sentences[0]!].map((text, i) => item(`k${i + 1}`, text));
    const answered: string[] = [];
    const provider: Provider = {
      name: 'forgetful',
      capabilities: { glossary: true, maxBatch: 1, concurrency: 4 },
      async translate(texts) {
        const wait = 40 - 10 * sentences.indexOf(texts[0]!);
        await new Promise((resolve) => setTimeout(resolve, wait));
        answered.push(texts[0]!);
        return texts.map(() => 'The organisation meets.');
      },
    };
    const result = await translateLanguage({
      source: 'sv',
      lang: 'en',
      work,
      provider,
      glossary,
      pairGlossary: pairGlossary(glossary, 'sv', 'en'),
      memory,
      hashText,
    });
    expect(answered).toEqual([...sentences].reverse());
    expect(result.notes.map((n) => n.key)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(result.notes[0]!.message).toBe('"SCO" should be "SCO" but forgetful did not keep it.');
    const translated = result.translated.get('article')!;
    expect([...translated.keys()].sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(translated.get('k5')!.value).toBe('The organisation meets.');
    expect(translated.get('k5')!.entry).toEqual({
      source: hashText('SCO möts.'),
      output: hashText('The organisation meets.'),
      by: 'forgetful',
    });
  });
});

describe('translateLanguage on work still being planned', () => {
  it('sends the first batch before the plan is done, each text once, and fills every segment, repeats reached after their answer too', async () => {
    const { glossary } = parseGlossary('terms: {}\n', 'glossary.yaml', { targets: ['en'] });
    const work: WorkItem[] = [];
    let planDone = false;
    const sentWhilePlanning: boolean[] = [];
    const sent: string[] = [];
    const provider: Provider = {
      name: 'upper',
      capabilities: { maxBatch: 50, concurrency: 2 },
      async translate(texts) {
        sentWhilePlanning.push(!planDone);
        sent.push(...texts);
        return texts.map((t) => t.toUpperCase());
      },
    };
    // The plan adds 40 segments a turn, 20 turns: 800 segments, the last 400 repeating the first
    // 400 texts, whose answers are back by then.
    const workDone = (async () => {
      for (let turn = 0; turn < 20; turn++) {
        for (let i = 0; i < 40; i++) {
          const n = turn * 40 + i;
          work.push(item(`k${n}`, `Mening ${n % 400}.`));
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      planDone = true;
    })();
    const result = await translateLanguage({
      source: 'sv',
      lang: 'en',
      work,
      workDone,
      provider,
      glossary,
      memory,
      hashText,
    });
    expect(sentWhilePlanning[0]).toBe(true);
    expect(sent).toHaveLength(400);
    expect(new Set(sent).size).toBe(400);
    const translated = result.translated.get('article')!;
    expect(translated.size).toBe(800);
    expect(translated.get('k799')!.value).toBe('MENING 399.');
    expect(translated.get('k400')!.value).toBe('MENING 0.');
  });
});
