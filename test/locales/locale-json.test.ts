import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { formatLocaleJson, lineOfKey } from '../../src/locales/index.js';
import { parseLocaleJson } from '../../src/locales/parse-json.js';

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
});
