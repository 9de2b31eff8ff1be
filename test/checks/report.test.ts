import { describe, expect, it } from 'vitest';
import { formatFindings, formatFindingsInChunks } from '../../src/checks/index.js';
import { escapeData, escapeProperty } from '../../src/checks/report/github.js';
import { formatJsonChunks } from '../../src/checks/report/json.js';
import type { Finding } from '../../src/types.js';

const finding: Finding = {
  lang: 'de',
  ns: 'ui',
  key: 'auth.welcome',
  check: 'placeholder',
  severity: 'error',
  message: 'Placeholders differ: "{{name}}" became "{{namn}}" (100% sure)',
  file: 'locales/de/ui,1.json',
  line: 12,
};
const warning: Finding = {
  lang: 'de',
  ns: 'ui',
  key: 'nav.home',
  check: 'length',
  severity: 'warning',
  message: 'Too long.\nReally.',
};

describe('reporters', () => {
  it('json: an array of findings with their fields', () => {
    const parsed = JSON.parse(formatFindings([finding, warning], 'json'));
    expect(parsed).toEqual([
      {
        lang: 'de',
        ns: 'ui',
        key: 'auth.welcome',
        check: 'placeholder',
        severity: 'error',
        message: finding.message,
        file: 'locales/de/ui,1.json',
        line: 12,
      },
      {
        lang: 'de',
        ns: 'ui',
        key: 'nav.home',
        check: 'length',
        severity: 'warning',
        message: 'Too long.\nReally.',
      },
    ]);
    expect(JSON.parse(formatFindings([], 'json'))).toEqual([]);
  });

  it('github: workflow commands with escaped properties and data', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeData('50%\r\nx: y, z')).toBe('50%25%0D%0Ax: y, z');
    const lines = formatFindings([finding, warning, { ...warning, severity: 'info' }], 'github')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(
      '::error file=locales/de/ui%2C1.json,line=12,title=placeholder::de ui:auth.welcome: Placeholders differ: "{{name}}" became "{{namn}}" (100%25 sure)',
    );
    expect(lines[1]).toBe('::warning title=length::de ui:nav.home: Too long.%0AReally.');
    expect(lines[2]).toMatch(/^::notice /);
  });

  it('text: grouped by file with a summary', () => {
    const text = formatFindings([finding, warning], 'text');
    expect(text).toContain('locales/de/ui,1.json\n');
    expect(text).toMatch(/12 {2}error {4}placeholder {6}auth\.welcome: Placeholders differ/);
    expect(text).toMatch(/tolk check: 1 error, 1 warning in 2 files\.\n$/);
    expect(formatFindings([], 'text')).toBe('tolk check: no problems found.\n');
  });

  it('text and markdown: a long run of one check in one file is counted after five', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...warning,
      check: 'missing-key',
      key: `k${i}`,
    }));
    expect(formatFindings(many, 'text')).toContain('…and 7 more');
    expect(formatFindings(many, 'markdown')).toContain('…and 7 more');
    expect(JSON.parse(formatFindings(many, 'json'))).toHaveLength(12);
  });

  it('markdown: a table whose cells cannot break the table', () => {
    const md = formatFindings([{ ...finding, message: 'a | b <b>' }], 'markdown');
    expect(md).toContain('### tolk check: 1 error');
    expect(md).toContain(
      '| ❌ | de | `ui:auth.welcome` (locales/de/ui,1.json:12) | placeholder | a \\| b &lt;b> |',
    );
    expect(formatFindings([], 'markdown')).toContain('No problems found');
  });

  it('json in pieces: the same text, however it is cut', () => {
    // Runs of equal languages, namespaces, files and checks, of different lengths: the rows print
    // the fields they share once per run.
    const many: Finding[] = Array.from({ length: 50 }, (_, i) => {
      const { file: _file, line: _line, ...rest } = i % 3 === 0 ? warning : finding;
      return {
        ...rest,
        lang: i % 7 < 3 ? 'de' : 'en-GB',
        ns: i % 5 < 2 ? 'ui' : 'news "x"',
        key: `k${i}`,
        message: `Line one\nline "two" \u2028 ${i}`,
        ...(i % 4 === 0 ? {} : { file: `locales/${i % 8 < 4 ? 'de' : 'en-GB'}/ui.json` }),
        ...(i % 6 === 0 ? {} : { line: i }),
      };
    });
    for (const list of [[], [finding], [warning, finding], many]) {
      const whole = formatFindings(list, 'json');
      expect([...formatFindingsInChunks(list, 'json')].join('')).toBe(whole);
      for (const size of [1, 100, 1000]) {
        expect([...formatJsonChunks(list, size)].join('')).toBe(whole);
      }
    }
    expect([...formatFindingsInChunks([finding], 'text')]).toEqual([
      formatFindings([finding], 'text'),
    ]);
  });
});
