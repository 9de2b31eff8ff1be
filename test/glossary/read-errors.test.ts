import { describe, expect, it } from 'vitest';
import { glossaryOf, parseError, yaml } from './helpers.js';

describe('parseGlossary: errors say where and how to fix', () => {
  it('reports invalid YAML with its line and column', () => {
    const error = parseError(
      yaml('terms:', '  Kina:', '    translations: { en: China', '  Putin: x'),
    );
    expect(error.position).toEqual({ file: 'glossary.yaml', line: 4, column: 3 });
    expect(error.message).toMatch(/^glossary\.yaml:4:3: Could not read glossary: invalid YAML \(/);
    expect(error.message).toContain('Fix the YAML syntax here');
  });

  it('reports a tab used for indentation', () => {
    const error = parseError('terms:\n\tKina:\n\t\tkeep: true\n');
    expect(error.position?.line).toBe(2);
    expect(error.message).toContain('invalid YAML');
  });

  it('reports a duplicate term at the second occurrence, naming the first', () => {
    const error = parseError(
      yaml(
        'terms:',
        '  Kina:',
        '    translations: { en: China }',
        '  Kina:',
        '    translations: { en: PRC }',
      ),
    );
    expect(error.position).toEqual({ file: 'glossary.yaml', line: 4, column: 3 });
    expect(error.message).toBe(
      'glossary.yaml:4:3: Could not read glossary term "Kina": it is already the term "Kina" (line 2). Keep one entry (merge their translations and forms)',
    );
  });

  it('reports a form that is another term', () => {
    const error = parseError(
      yaml(
        'terms:',
        '  Vladimir Putin:',
        '    translations: { en: Vladimir Putin }',
        '    forms: [Putin]',
        '  Putin:',
        '    translations: { en: Putin }',
      ),
    );
    expect(error.position).toMatchObject({ line: 5, column: 3 });
    expect(error.message).toContain('it is already a form of the term "Vladimir Putin" (line 4)');
  });

  it("reports a form that is another term's form, at the form", () => {
    const error = parseError(
      yaml(
        'terms:',
        '  Aleksandr Lukasjenko:',
        '    translations: { en: Alexander Lukashenko }',
        '    forms: [Lukasjenko]',
        '  Alexander Lukasjenko:',
        '    translations: { en: Alexander Lukashenko }',
        '    forms: [Lukasjenko]',
      ),
    );
    expect(error.position).toMatchObject({ line: 7, column: 13 });
    expect(error.message).toContain(
      'the form "Lukasjenko" is already a form of the term "Aleksandr Lukasjenko" (line 4). A form belongs to one term',
    );
  });

  it('treats a case-insensitive term as a duplicate of any casing', () => {
    const error = parseError(
      yaml(
        'terms:',
        '  toppmöte:',
        '    translations: { en: summit }',
        '    caseSensitive: false',
        '  Toppmöte:',
        '    translations: { en: Summit }',
      ),
    );
    expect(error.position).toMatchObject({ line: 5, column: 3 });
    expect(error.message).toContain('already the term "toppmöte"');
  });

  it('allows two case-sensitive terms that differ only in case', () => {
    const glossary = glossaryOf(
      yaml(
        'terms:',
        '  Moderaterna:',
        '    keep: true',
        '  moderaterna:',
        '    translations: { en: the moderates }',
      ),
      ['en'],
    );
    expect(glossary.terms).toHaveLength(2);
  });

  it('reports a repeated form within one term', () => {
    const error = parseError(
      yaml(
        'terms:',
        '  Vladimir Putin:',
        '    translations: { en: Vladimir Putin }',
        '    forms: [Putin, Putin]',
      ),
    );
    expect(error.message).toContain('Remove the repeated form');
    expect(error.position).toMatchObject({ line: 4, column: 20 });
  });

  it('reports a term with neither translations nor keep', () => {
    const error = parseError(
      yaml('terms:', '  SCO:', '    note: Shanghai Cooperation Organisation'),
    );
    expect(error.message).toBe(
      'glossary.yaml:2:3: Could not read glossary term "SCO": it has neither "translations" nor "keep". Add translations (translations: { en: … }) or keep: true',
    );
  });

  it('reports a term with nothing after it, and one with keep: false and no translations', () => {
    expect(parseError(yaml('terms:', '  SCO:')).message).toContain(
      'it has neither "translations" nor "keep"',
    );
    expect(parseError(yaml('terms:', '  SCO:', '    keep: false')).message).toContain(
      'it has neither "translations" nor "keep"',
    );
    expect(parseError(yaml('terms:', '  SCO:', '    translations: {}')).message).toContain(
      'its translations are empty and it is not marked keep',
    );
  });

  it('suggests the full form for a term written as a plain string', () => {
    const error = parseError(yaml('terms:', '  Kina: China'));
    expect(error.message).toContain(
      'Write Kina: { translations: { en: China } }, or Kina: { keep: true }',
    );
  });

  it('reports keep together with translations', () => {
    const error = parseError(
      yaml('terms:', '  SCO:', '    keep: true', '    translations: { en: SCO }'),
    );
    expect(error.message).toContain('a kept term is never translated. Remove one of them');
  });

  it('reports empty strings: a term, a translation, a form, a note', () => {
    const cases: [string, string, number, number][] = [
      [yaml('terms:', '  "":', '    keep: true'), 'the term is empty', 2, 3],
      [
        yaml('terms:', '  Kina:', '    translations: { en: "" }'),
        'translations.en is empty',
        3,
        25,
      ],
      [yaml('terms:', '  Kina:', '    translations: { en: }'), 'translations.en is empty', 3, 25],
      [yaml('terms:', '  Kina:', '    keep: true', '    forms: [""]'), 'a form is empty', 4, 13],
      [yaml('terms:', '  Kina:', '    keep: true', '    note: "  "'), 'note is empty', 4, 11],
    ];
    for (const [text, why, line, column] of cases) {
      const error = parseError(text);
      expect(error.message).toContain(why);
      expect(error.message).toContain('Write the text, or remove');
      expect(error.position).toMatchObject({ line, column });
    }
  });

  it('reports leading or trailing spaces and shows the trimmed text', () => {
    const key = parseError(yaml('terms:', '  " Kina":', '    keep: true'));
    expect(key.message).toBe(
      'glossary.yaml:2:3: Could not read glossary term: the term " Kina" has leading or trailing spaces. Remove them (write "Kina")',
    );
    const value = parseError(yaml('terms:', '  Kina:', '    translations: { en: "China " }'));
    expect(value.message).toContain('translations.en "China " has leading or trailing spaces');
    expect(value.position).toMatchObject({ line: 3, column: 25 });
  });

  it('reports a tab or line break inside a text', () => {
    const error = parseError(yaml('terms:', '  Kina:', '    translations: { en: "Chi\\tna" }'));
    expect(error.message).toContain('contains a tab or line break');
  });

  it('reports an unknown field and suggests the right one', () => {
    const cases: [string, string][] = [
      ['translation', 'translations'],
      ['form', 'forms'],
      ['case_sensitive', 'caseSensitive'],
      ['Keep', 'keep'],
      ['notes', 'note'],
    ];
    for (const [field, meant] of cases) {
      const error = parseError(yaml('terms:', '  Kina:', '    keep: true', `    ${field}: x`));
      expect(error.message).toBe(
        `glossary.yaml:4:5: Could not read glossary term "Kina": unknown field "${field}". Did you mean "${meant}"? A term may have translations, keep, forms, note, caseSensitive`,
      );
    }
    const far = parseError(yaml('terms:', '  Kina:', '    keep: true', '    colour: red'));
    expect(far.message).toContain('unknown field "colour". A term may have');
  });

  it('reports unknown fields in a { base, genitive } form and at the top level', () => {
    const pin = parseError(
      yaml('terms:', '  Kina:', '    translations: { en: { base: China, genetive: x } }'),
    );
    expect(pin.message).toContain(
      'unknown field "genetive" in translations.en. Did you mean "genitive"?',
    );
    const noBase = parseError(
      yaml('terms:', '  Kina:', "    translations: { en: { genitive: China's } }"),
    );
    expect(noBase.message).toContain('translations.en has no base');
    const top = parseError(yaml('term:', '  Kina:', '    keep: true'));
    expect(top.message).toContain('unknown top-level field "term". Did you mean "terms"?');
    expect(top.position).toMatchObject({ line: 1, column: 1 });
  });

  it('reports a second terms: map', () => {
    const error = parseError(
      yaml('terms:', '  Kina: { keep: true }', 'terms:', '  Putin: { keep: true }'),
    );
    expect(error.message).toContain('"terms:" appears twice at the top level');
    expect(error.position).toMatchObject({ line: 3, column: 1 });
  });

  it('reports wrong value types', () => {
    expect(parseError(yaml('terms:', '  Kina:', '    keep: yes')).message).toContain(
      'keep must be true or false, found the value "yes". Write keep: true or keep: false',
    );
    expect(
      parseError(yaml('terms:', '  Kina:', '    keep: true', '    forms: Kinas')).message,
    ).toContain('forms must be a list, found the value "Kinas". Write forms: [Kinas]');
    expect(parseError(yaml('terms:', '  Kina:', '    translations: [China]')).message).toContain(
      'translations must be a map of language to text, found a list',
    );
    expect(
      parseError(yaml('terms:', '  Kina:', '    translations: { en: [China] }')).message,
    ).toContain('translations.en must be a text, found a list');
    expect(parseError(yaml('terms:', '  - Kina')).message).toContain('terms must be a map');
    expect(parseError(yaml('- Kina')).message).toContain(
      'the file must be a map with a "terms:" key',
    );
  });

  it('reports an invalid or unknown language code with a fix', () => {
    const cases: [string, string][] = [
      [
        'ua',
        '"ua" is not a valid language code: "ua" is not an ISO 639-1 language code. Did you mean "uk"?',
      ],
      ['dk', 'Did you mean "da"?'],
      ['xx', '"xx" is not an ISO 639-1 language code. Use a two-letter ISO 639-1 code'],
      ['english', '"english" is not an ISO 639-1 language code'],
      ['en_GB', 'uses "_" between its parts. Write "en-GB"'],
      ['en-GBR', '"GBR" is neither a script (Hant) nor a region (GB, 419)'],
      ['swe', '"swe" is not an ISO 639-1 language code'],
    ];
    for (const [code, why] of cases) {
      const error = parseError(yaml('terms:', '  Kina:', `    translations: { ${code}: China }`));
      expect(error.message).toContain(why);
      expect(error.position).toMatchObject({ line: 3, column: 21 });
    }
  });

  it('accepts regions, scripts and UN M.49 regions', () => {
    const glossary = glossaryOf(
      yaml(
        'terms:',
        '  Kina:',
        '    translations: { en-GB: China, zh-Hant-TW: 中國, es-419: China, sr-Latn: Kina }',
      ),
      [],
    );
    expect(Object.keys(glossary.terms[0]!.translations)).toEqual([
      'en-GB',
      'zh-Hant-TW',
      'es-419',
      'sr-Latn',
    ]);
  });

  it('reports the same language twice in one term', () => {
    const error = parseError(yaml('terms:', '  Kina:', '    translations: { en: China, EN: PRC }'));
    expect(error.message).toContain('the language en is given twice in translations');
  });

  it('says how many more problems there are', () => {
    const error = parseError(
      yaml('terms:', '  A:', '    translation: x', '  B:', '    keeep: true'),
    );
    expect(error.message).toContain(
      '(1 more problem in this file; `tolk glossary check` lists them all)',
    );
  });

  it('reports a text longer than a DeepL glossary entry may be', () => {
    const error = parseError(
      yaml('terms:', '  Kina:', `    translations: { en: ${'Kina '.repeat(220)}x }`),
    );
    expect(error.message).toContain('more than a glossary entry may be (1024 UTF-8 bytes');
  });
});
