import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { formatXliff, parseXml, readXliff } from '../../src/xliff/index.js';
import { REPO } from '../helpers/project.js';

const FIXTURES = join(REPO, 'test/fixtures/xliff');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const bytes = (text: string) => new TextEncoder().encode(text);

function errorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const doc = (body: string, root = 'version="2.0" srcLang="sv" trgLang="de"') =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${root}>\n${body}\n</xliff>\n`;

describe('readXliff', () => {
  it('reads a file as a CAT tool writes it: BOM, CRLF, prefixes, extensions, notes, groups, split segments, inline markup', () => {
    const read = readXliff(fixture('cat-tool.xlf'), 'cat-tool.xlf');
    expect(read.srcLang).toBe('sv');
    expect(read.trgLang).toBe('de');
    expect(read.files).toHaveLength(1);
    const [title, welcome] = read.files[0]!.units;
    expect(title).toEqual({
      key: 'title',
      // The least advanced of the unit's segments.
      state: 'translated',
      source: 'Inkorg !',
      target: 'Posteingang & <Archiv>\u00a0–\u0007{{n}} !',
      line: 6,
    });
    expect(welcome).toEqual({
      key: 'Hej och välkommen',
      state: 'initial',
      source: 'Hej och välkommen',
      line: 19,
    });
  });

  it.each([
    [
      'billion-laughs.xlf',
      2,
      /<!DOCTYPE> declaration; tolk reads no DTD and expands no declared entities/,
    ],
    ['external-entity.xlf', 2, /<!DOCTYPE> declaration/],
    ['undeclared-entity.xlf', 7, /the entity &nbsp; is not defined \(tolk reads no DTD/],
    ['xliff-1.2.xlf', 2, /it is XLIFF 1\.2, and tolk exchanges XLIFF 2\.0/],
    [
      'mismatched-tags.xlf',
      7,
      /<\/source> does not match: expected <\/target> \(opened at line 7\)/,
    ],
    [
      'bad-state.xlf',
      5,
      /the segment state "approved" is not an XLIFF 2\.0 state\. Use one of initial, translated, reviewed, final/,
    ],
  ])('refuses %s at line %d, naming the fix', (name, line, message) => {
    const error = errorOf(() => readXliff(fixture(name), name));
    expect(error.position).toMatchObject({ file: name, line });
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/^[^:]+:\d+(:\d+)?: Could not read the XLIFF file: /);
  });

  it('never expands an entity declared inside the document, even without a DOCTYPE keyword first', () => {
    const error = errorOf(() => readXliff(bytes('<!ENTITY a "b">\n<xliff/>'), 'x.xlf'));
    expect(error.message).toMatch(/<!ENTITY> declaration/);
  });

  it.each([
    [
      '<file id="a"><unit id="k"><segment><source>a</source></segment></unit><unit id="k"><segment><source>b</source></segment></unit></file>',
      /the key "k" has two <unit>s/,
    ],
    ['<file id="a"><unit id="k"><notes/></unit></file>', /has no <segment>/],
    ['<file id="a"/><file id="a"/>', /two <file> elements have the id "a"/],
    ['<file><unit id="k"/></file>', /a <file> has no id/],
    [
      '<file id="a"><unit id="k"><segment><source>a &amp b</source></segment></unit></file>',
      /"&" is not part of a reference/,
    ],
    ['<file id="a" id="b"/>', /the attribute id appears twice/],
    ['<y:file id="a"/>', /the namespace prefix "y" is not declared/],
    [
      '<file id="a"><unit id="k"><segment><source>a &#0; b</source></segment></unit></file>',
      /not an XML character/,
    ],
  ])('refuses %s', (body, message) => {
    expect(errorOf(() => readXliff(bytes(doc(body)), 'x.xlf')).message).toMatch(message);
  });

  it('refuses a document without srcLang, a wrong version, a non-XLIFF root and text after the root', () => {
    expect(errorOf(() => readXliff(bytes(doc('', 'version="2.0"')), 'x.xlf')).message).toMatch(
      /has no srcLang/,
    );
    expect(
      errorOf(() => readXliff(bytes(doc('', 'version="3.0" srcLang="sv"')), 'x.xlf')).message,
    ).toMatch(/version is "3\.0"/);
    expect(errorOf(() => readXliff(bytes('<html/>'), 'x.xlf')).message).toMatch(
      /root element is <html> in no namespace/,
    );
    expect(errorOf(() => readXliff(bytes(`${doc('')}junk`), 'x.xlf')).message).toMatch(
      /text outside the root element/,
    );
  });

  it('reads UTF-16 with a BOM and a declared Latin-1 file; refuses invalid UTF-8 naming the line', () => {
    const text = doc(
      '<file id="a"><unit id="k"><segment><source>Vår</source><target>Spring</target></segment></unit></file>',
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(readXliff(utf16, 'x.xlf').files[0]!.units[0]!.source).toBe('Vår');
    const latin1 = Buffer.from(
      text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'),
      'latin1',
    );
    expect(readXliff(latin1, 'x.xlf').files[0]!.units[0]!.source).toBe('Vår');
    const broken = Buffer.concat([
      Buffer.from(text.slice(0, 60)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(text.slice(60)),
    ]);
    const error = errorOf(() => readXliff(broken, 'x.xlf'));
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.position?.line).toBe(2);
  });

  it('a 1 MB target of nested inline markup parses without recursion limits', () => {
    const nested = `${'<mrk id="m">'.repeat(20_000)}x${'</mrk>'.repeat(20_000)}`;
    const text = doc(
      `<file id="a"><unit id="k"><segment><source>x</source><target>${nested}</target></segment></unit></file>`,
    );
    const root = parseXml(text, 'x.xlf');
    expect(root.local).toBe('xliff');
  });
});

describe('formatXliff → readXliff', () => {
  it('gives back any source and target exactly: whitespace, CR, markup characters, controls and astral characters', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(text, text, fc.string({ minLength: 1, maxLength: 20 }), (source, target, key) => {
        const written = formatXliff({
          srcLang: 'sv',
          trgLang: 'de',
          files: [
            {
              ns: 'ui',
              units: [
                {
                  key,
                  state: 'translated',
                  source,
                  target,
                  notes: [{ category: 'kind', text: source }],
                },
              ],
            },
          ],
        });
        const [unit] = readXliff(bytes(written), 'x.xlf').files[0]!.units;
        expect(unit).toMatchObject({ key, source, target, state: 'translated' });
      }),
    );
  });
});
