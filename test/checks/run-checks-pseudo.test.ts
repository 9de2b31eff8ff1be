import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { pseudoLocalise } from '../../src/providers/pseudo.js';

const source = new Map([['a', 'Fredagen väntas bli den stora dagen i Samarkand.']]);
const value = pseudoLocalise(source.get('a')!);
const run = (by: string) =>
  runChecks({
    sourceLang: 'sv',
    files: [
      {
        lang: 'en-GB',
        ns: 'ns',
        source,
        target: new Map([['a', value]]),
        lock: { a: { source: 'x', output: 'y', by } },
      },
    ],
  }).map((f) => f.check);

describe('pseudo-localised values', () => {
  it('are not judged as a language, but the same text from an engine is', () => {
    expect(run('pseudo')).not.toContain('wrong-language');
    expect(run('pseudo')).not.toContain('end-punctuation');
    expect(run('deepl')).toContain('end-punctuation');
  });
});
