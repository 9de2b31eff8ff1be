// The pure text steps around Apertium: stream escaping, token protection, unknown-word marks, mode parsing.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeApertium, unescapeApertium } from '../../src/providers/apertium-escape.js';
import { parseModeScript } from '../../src/providers/apertium-modes.js';
import { protectText, protectToken, restoreText } from '../../src/providers/apertium-protect.js';
import { readApertiumSettings } from '../../src/providers/apertium-settings.js';
import { stripUnknownMarks } from '../../src/providers/apertium-unknown.js';

const RESERVED = '\\^$[]{}/<>@';
/** Text rich in what the stream format cares about: reserved characters, blanks of every kind. */
const streamText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...RESERVED, ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '*', '#'),
    fc.string({ maxLength: 3 }),
  ),
  maxLength: 40,
});

describe('Apertium stream escaping', () => {
  it('unescaping what was escaped gives the text back', () => {
    fc.assert(
      fc.property(streamText, (text) => {
        const clean = text.replaceAll('\0', '');
        expect(unescapeApertium(escapeApertium(clean))).toBe(clean);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no reserved character unescaped outside superblanks', () => {
    fc.assert(
      fc.property(streamText, (text) => {
        const escaped = escapeApertium(text.replaceAll('\0', ''));
        const outside = escaped.replace(/\\./gsu, 'e').replace(/\[[^\]]*\]/gu, 'b');
        for (const ch of RESERVED) expect(outside).not.toContain(ch);
        expect(outside).not.toMatch(/[^\S ]| {2}/u);
      }),
      { numRuns: 500 },
    );
  });

  it('turns runs of blanks into superblanks and keeps single spaces between words', () => {
    expect(escapeApertium('a b')).toBe('a b');
    expect(escapeApertium('a  b\tc\nd')).toBe('a[  ]b[\t]c[\n]d');
    expect(escapeApertium(' a ')).toBe('[ ]a[ ]');
  });

  it('drops word-bound blanks and resolves escapes on the way back', () => {
    expect(unescapeApertium('[[t:b:1]]ord[[/]] \\@x[ ]y')).toBe('ord @x y');
  });
});

describe('Apertium token protection', () => {
  it('restoring what was protected gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const guarded = protectText(text);
        const back = restoreText(guarded.text, guarded.tokens);
        expect(back.text).toBe(text);
        expect(back.missing).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['2022-09-15 13:23', '2022-09-15 13:23'],
    ['Uzbekistan2022-09-15 13:23', '2022-09-15 13:23'],
    ['1996', '1996'],
    ['3,5', '3,5'],
    ['10 000', '10 000'],
    ['5 %', '5 %'],
    ['-5', '-5'],
    ['kl. 13.30', '13.30'],
    ['https://www.svt.se/nyheter?id=1&x=2', 'https://www.svt.se/nyheter?id=1&x=2'],
    ['info@svt.se', 'info@svt.se'],
    ['{{name}}', '{{name}}'],
    ['$t(common:more)', '$t(common:more)'],
    ['<b>', '<b>'],
    ['{0}', '{0}'],
    ['#metoo', '#metoo'],
    ['XPH12X', 'XPH12X'],
  ])('protects %s as the token %s, and nothing around it', (value, token) => {
    const guarded = protectText(`Hon sa ${value} i går.`);
    expect(guarded.tokens).toEqual([token]);
    expect(guarded.text).toBe(`Hon sa ${value.replace(token, protectToken(0))} i går.`);
  });

  it('leaves numbers that are part of a word to Apertium', () => {
    for (const word of ['G20-mötet', '1990-talet', 'COVID-19']) {
      expect(protectText(word).tokens).toEqual([]);
    }
  });

  it('keeps a sentence-final full stop outside the URL it follows', () => {
    const guarded = protectText('Läs mer på https://svt.se/a.');
    expect(guarded.tokens).toEqual(['https://svt.se/a']);
    expect(guarded.text).toBe(`Läs mer på ${protectToken(0)}.`);
  });

  it('reports a token the engine dropped instead of guessing where it went', () => {
    expect(restoreText('Mötet i XQT0X.', ['2022', '13:23'])).toEqual({
      text: 'Mötet i 2022.',
      missing: ['13:23'],
    });
  });
});

describe('Apertium unknown-word marks', () => {
  it('strips *, @ and # and names the marked words', () => {
    const stripped = stripUnknownMarks('Toppmøtet i *uzbekiska #Samarkand og @SCO-land, *kl. 9');
    expect(stripped.stream).toBe('Toppmøtet i uzbekiska Samarkand og SCO-land, kl. 9');
    expect(stripped.words).toEqual(['uzbekiska', 'Samarkand', 'SCO-land', 'kl']);
  });

  it('leaves escaped characters and superblanks alone', () => {
    const stripped = stripUnknownMarks('skriv til info\\@svt.se[ *]slutt');
    expect(stripped.stream).toBe('skriv til info\\@svt.se[ *]slutt');
    expect(stripped.words).toEqual([]);
  });
});

describe('Apertium mode files', () => {
  it('splits a mode pipeline into argument arrays, quotes removed', () => {
    const script =
      "lt-proc -z -e -w '/a b/x.bin' | cg-proc -z '/y.bin' | lt-proc -z $1 \"/z.bin\"\n";
    expect(parseModeScript(script)).toEqual([
      ['lt-proc', '-z', '-e', '-w', '/a b/x.bin'],
      ['cg-proc', '-z', '/y.bin'],
      ['lt-proc', '-z', '$1', '/z.bin'],
    ]);
  });
});

describe('Apertium settings', () => {
  it('says which setting is wrong and what it expects', () => {
    expect(() => readApertiumSettings({ pipelines: 0 })).toThrow(
      'Could not read providers.apertium.pipelines: expected a whole number from 1 to 16, got 0. Fix the value or remove it.',
    );
    expect(() => readApertiumSettings({ pipeline: 2 })).toThrow(/there is no such setting/);
    expect(readApertiumSettings({ maxBatch: 10 }).maxBatch).toBe(10);
  });
});
