import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { formatLocaleJson, lineOfKey } from '../../src/locales/index.js';
import { parseLocaleBytes, parseLocaleJson } from '../../src/locales/parse-json.js';

describe('locale JSON', () => {
  it('nests dotted keys, keeps the given order (integer-like keys too) and ends with a newline', () => {
    const text = formatLocaleJson([
      ['headline-xi', 'Xi'],
      ['2001', 'year first written second'],
      ['lede-a.s1', 'One.'],
      ['lede-a.s2', 'Two.'],
    ]);
    expect(text).toBe(
      '{\n  "headline-xi": "Xi",\n  "2001": "year first written second",\n  "lede-a": {\n    "s1": "One.",\n    "s2": "Two."\n  }\n}\n',
    );
  });

  it('reads back what it writes, with the line of every key', () => {
    const text = formatLocaleJson([
      ['a', 'x'],
      ['b.s1', 'y "quoted" \\ å'],
      ['b.s2', 'z'],
    ]);
    const flat = parseLocaleJson(text, 'f.json');
    expect([...flat.values]).toEqual([
      ['a', 'x'],
      ['b.s1', 'y "quoted" \\ å'],
      ['b.s2', 'z'],
    ]);
    expect(lineOfKey(text, 'b.s2')).toBe(5);
  });

  it('round-trips any strings (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.string()), {
          selector: (t) => t[0],
        }),
        (entries) => {
          const flat = parseLocaleJson(formatLocaleJson(entries), 'f.json');
          expect([...flat.values]).toEqual(entries);
        },
      ),
    );
  });

  it('reads escapes as JSON does', () => {
    const text = '{"a": "tab\\t \\"q\\" \\u00e9 \\\\", "b": "plain ä"}';
    expect(Object.fromEntries(parseLocaleJson(text, 'f.json').values)).toEqual(JSON.parse(text));
  });

  it.each([
    ['{"a": "x",\n "b": 3}', 2, 'is not a string'],
    ['{"a": "x"\n "b": "y"}', 2, 'expected "}"'],
    ['{"__proto__": {"polluted": "yes"}}', 1, 'not allowed'],
    ['{"a": "x", "a": "y"}', 1, 'appears twice'],
    ['["x"]', 1, 'one JSON object'],
    ['{"a": "x\n"}', 1, 'a string is not closed'],
    ['{"a": "x', 1, 'a string is not closed'],
    ['{"a": "x",\n "b": "y\\q"}', 2, 'a string has an invalid escape'],
    ['{"a": "x\u0001y"}', 1, 'a string has an invalid escape'],
  ])('rejects %j with the line and how to fix it', (text, line, why) => {
    try {
      parseLocaleJson(text, 'locales/de/ns.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).position).toMatchObject({ file: 'locales/de/ns.json', line });
      expect((error as Error).message).toContain(why);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('read from its UTF-8 bytes', () => {
    /** What each reader gives: the flat locale, or the error as a user sees it. */
    const outcome = (read: () => unknown) => {
      try {
        const flat = read() as { values: Map<string, string>; lines: Map<string, number> };
        return { values: [...flat.values], lines: [...flat.lines] };
      } catch (error) {
        return { error: (error as Error).message, position: (error as UserError).position };
      }
    };
    const sameAsText = (bytes: Buffer) => {
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      expect(outcome(() => parseLocaleBytes(bytes, 'f.json'))).toEqual(
        outcome(() => parseLocaleJson(text, 'f.json')),
      );
    };
    // Escaped by formatLocaleJson: quotes, backslashes, newlines and control characters.
    const texts = fc.constantFrom(
      'a',
      'Ä',
      'ß',
      'å',
      '–',
      '“',
      'ж',
      '😀',
      '"',
      '\\',
      '\n',
      '\u0001',
    );
    const value = fc.array(fc.oneof(fc.string(), texts), { maxLength: 6 }).map((s) => s.join(''));

    it('gives what the decoded text gives, for any locale file (property)', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-zå-ö][a-z0-9-]{0,8}$/), value), {
            selector: (t) => t[0],
          }),
          fc.boolean(),
          (entries, bom) => {
            const text = formatLocaleJson(entries);
            sameAsText(Buffer.from(bom ? `\uFEFF${text}` : text));
          },
        ),
        { numRuns: 300, seed: 20261130 },
      );
    });

    it('gives the same values or the same error for broken text and broken UTF-8 (property)', () => {
      const piece = fc.oneof(
        fc.constantFrom('{', '}', '"', ':', ',', '\n', ' ', '\\', 'a', 'Ä', '–', '{"a": "', '"}'),
        fc.uint8Array({ minLength: 1, maxLength: 3 }).map((b) => Buffer.from(b).toString('latin1')),
      );
      fc.assert(
        fc.property(
          fc.array(piece, { maxLength: 30 }),
          fc.uint8Array({ maxLength: 4 }),
          (pieces, raw) => {
            const head = Buffer.from('{"k": "x', 'utf8');
            sameAsText(Buffer.from(pieces.join(''), 'utf8'));
            sameAsText(Buffer.concat([head, Buffer.from(raw), Buffer.from('y"}\n')]));
          },
        ),
        { numRuns: 1000, seed: 20261130 },
      );
    });

    it.each([
      [
        'a lone lead byte before the closing quote',
        [0x7b, 0x22, 0x6b, 0x22, 0x3a, 0x22, 0xe2, 0x22, 0x7d],
      ],
      ['a byte past ASCII outside any string', [0x7b, 0xc3, 0xa4, 0x7d]],
      ['a byte order mark and an empty object', [0xef, 0xbb, 0xbf, 0x7b, 0x7d]],
    ])('reads %s as the decoded text reads it', (_name, bytes) => {
      sameAsText(Buffer.from(bytes));
    });
  });
});
