import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS, hashText, runChecks } from '../../src/checks/index.js';
import { file } from './helpers.js';

const source = { greeting: 'Hej {{name}}!', count: 'Det kostar 12 500 kronor.' };

describe('runChecks', () => {
  it('has one check for every id of the catalogue', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
  });

  it('returns findings with severity, file and line', () => {
    const findings = runChecks({
      sourceLang: 'sv',
      files: [
        file(
          source,
          { greeting: 'Hi {{namn}}!', count: 'It costs 12,500 kronor.' },
          {
            file: 'locales/en-GB/test.json',
            lines: new Map([['greeting', 2]]),
          },
        ),
      ],
    });
    expect(findings).toEqual([
      {
        lang: 'en-GB',
        ns: 'test',
        key: 'greeting',
        check: 'placeholder',
        severity: 'error',
        message: expect.stringMatching(/namn/),
        file: 'locales/en-GB/test.json',
        line: 2,
      },
    ]);
  });

  it('applies severities and turns checks off from the settings', () => {
    const files = [file(source, { greeting: 'Hi {{namn}}', count: 'It costs 12,600 kronor.' })];
    const all = runChecks({ sourceLang: 'sv', files }).map((f) => `${f.check}:${f.severity}`);
    expect(all).toEqual(['placeholder:error', 'end-punctuation:warning', 'number:error']);
    const tuned = runChecks({
      sourceLang: 'sv',
      files,
      settings: { number: 'off', 'end-punctuation': 'error', placeholder: 'info' },
    }).map((f) => `${f.check}:${f.severity}`);
    expect(tuned).toEqual(['placeholder:info', 'end-punctuation:error']);
  });

  it('compares a plural form with the source’s form of the same category, or _other', () => {
    const findings = runChecks({
      sourceLang: 'sv',
      files: [
        file(
          { n_one: '{{count}} timme', n_other: '{{count}} timmar' },
          {
            n_one: '{{count}} година',
            n_few: '{{count}} години',
            n_many: '{{count}} годин',
            n_other: '{{count}} години',
          },
          { lang: 'uk' },
        ),
      ],
    });
    expect(findings).toEqual([]);
  });

  it('gives repeated translations of one source the same findings, and judges each key’s lock', () => {
    const credit = 'Foto: Anna Svensson/TT';
    const findings = runChecks({
      sourceLang: 'sv',
      files: [
        file(
          { a: credit, b: credit },
          { a: 'Photo:  Anna Svensson/TT', b: 'Photo:  Anna Svensson/TT' },
          {
            lock: {
              a: { source: 'not the hash', output: 'x', by: 'deepl' },
              b: { source: hashText(credit), output: 'x', by: 'pseudo' },
            },
          },
        ),
        file({ a: credit }, { a: 'Photo:  Anna Svensson/TT' }, { ns: 'other' }),
      ],
    }).map((f) => `${f.ns}:${f.key}:${f.check}`);
    // b: the same texts, but pseudo-localised (no whitespace check) and its lock is current.
    expect(findings).toEqual(['test:a:whitespace', 'test:a:stale', 'other:a:whitespace']);
  });
});
