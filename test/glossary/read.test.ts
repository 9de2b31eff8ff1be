import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  glossaryExists,
  inspectGlossary,
  inspectGlossaryFile,
  parseGlossary,
  readGlossary,
} from '../../src/glossary/index.js';
import { glossaryOf, TARGETS, yaml } from './helpers.js';

describe('parseGlossary: the format', () => {
  it('reads translations, keep, forms, note, caseSensitive and the { base, genitive } form', () => {
    const glossary = glossaryOf(
      yaml(
        'terms:',
        '  Xi Jinping:',
        '    translations: { en: Xi Jinping, de: Xi Jinping, uk: Сі Цзіньпін }',
        '  SCO:',
        '    keep: true',
        '    note: Shanghai Cooperation Organisation',
        '  Aleksandr Lukasjenko:',
        '    translations: { en: Alexander Lukashenko, de: Alexander Lukaschenko }',
        '    forms: [Lukasjenko]',
        '  Kina:',
        "    translations: { en: { base: China, genitive: China's } }",
        '  toppmöte:',
        '    translations: { en: summit }',
        '    caseSensitive: false',
      ),
      ['en-GB', 'de'],
    );
    expect(glossary.terms.map((t) => t.term)).toEqual([
      'Xi Jinping',
      'SCO',
      'Aleksandr Lukasjenko',
      'Kina',
      'toppmöte',
    ]);
    const [xi, sco, lukasjenko, kina, summit] = glossary.terms;
    expect(xi).toMatchObject({ line: 2, column: 3, keep: false, caseSensitive: true, forms: [] });
    expect(xi!.translations.uk).toEqual({ base: 'Сі Цзіньпін' });
    expect(sco).toMatchObject({
      keep: true,
      note: 'Shanghai Cooperation Organisation',
      translations: {},
    });
    expect(lukasjenko!.forms).toEqual(['Lukasjenko']);
    expect(kina!.translations.en).toEqual({ base: 'China', genitive: "China's" });
    expect(summit!.caseSensitive).toBe(false);
  });

  it('stores language codes in canonical case', () => {
    const glossary = glossaryOf(
      yaml('terms:', '  Kina:', '    translations: { EN-gb: China, zh-hant: 中國 }'),
      [],
    );
    expect(Object.keys(glossary.terms[0]!.translations)).toEqual(['en-GB', 'zh-Hant']);
  });

  it('reads an empty file, a comment-only file and an empty terms map as an empty glossary', () => {
    for (const text of ['', '# nothing yet\n', 'terms:\n', 'terms: {}\n']) {
      expect(glossaryOf(text).terms).toEqual([]);
    }
  });

  it('reads plain numbers as the text written, and follows YAML aliases', () => {
    const glossary = glossaryOf(
      yaml(
        'terms:',
        '  Kina: &china',
        '    translations: { en: China }',
        '  Folkrepubliken Kina: *china',
        '  G20:',
        '    keep: true',
      ),
      ['en'],
    );
    expect(glossary.terms.map((t) => [t.term, t.translations.en?.base])).toEqual([
      ['Kina', 'China'],
      ['Folkrepubliken Kina', 'China'],
      ['G20', undefined],
    ]);
  });
});

describe('parseGlossary: warnings', () => {
  it('warns once per language that no target uses; en covers en-GB', () => {
    const { warnings } = parseGlossary(
      yaml(
        'terms:',
        '  Kina:',
        '    translations: { en: China, de: China, uk: Китай, nb: Kina, fr: Chine }',
        '  Ryssland:',
        '    translations: { en: Russia, de: Russland, uk: Росія, nb: Russland, fr: Russie, en-US: Russia }',
      ),
      'glossary.yaml',
      { targets: TARGETS },
    );
    expect(warnings.map((w) => [w.code, w.position.line])).toEqual([
      ['unused-language', 2],
      ['unused-language', 4],
    ]);
    expect(warnings[0]!.message).toBe(
      '2 glossary terms have translations for fr, which none of the targets (en-GB, de, uk, nb) uses: "Kina", "Ryssland". Add fr to the targets, or remove these translations',
    );
    expect(warnings[1]!.message).toContain('1 glossary term has a translation for en-US');
  });

  it('warns about a target a term has no translation for, but not for kept terms', () => {
    const { warnings } = parseGlossary(
      yaml('terms:', '  Kina:', '    translations: { en: China }', '  SCO:', '    keep: true'),
      'glossary.yaml',
      { targets: ['en-GB', 'de'] },
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'missing-translation',
      position: { line: 2, column: 3 },
    });
    expect(warnings[0]!.message).toContain(
      '1 glossary term has no translation for de and will not be pinned there: "Kina"',
    );
  });

  it('does not warn about coverage when no targets are given', () => {
    const { warnings } = parseGlossary(
      yaml('terms:', '  Kina:', '    translations: { fr: Chine }'),
      'g.yaml',
      {
        targets: [],
      },
    );
    expect(warnings).toEqual([]);
  });
});

describe('inspectGlossary', () => {
  it('returns every error at once and keeps the valid terms', () => {
    const result = inspectGlossary(
      yaml(
        'terms:',
        '  Kina:',
        '    translations: { en: China }',
        '  SCO:',
        '    note: x',
        '  Ryssland:',
        '    translations: { ua: Росія }',
      ),
      'glossary.yaml',
      { targets: ['en'] },
    );
    expect(result.errors.map((e) => [e.code, e.position.line])).toEqual([
      ['no-translation', 4],
      ['language', 7],
    ]);
    expect(result.glossary.terms.map((t) => t.term)).toEqual(['Kina']);
  });
});

describe('readGlossary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tolk-glossary-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file, stripping a BOM', async () => {
    const file = join(dir, 'glossary.yaml');
    await writeFile(file, `\uFEFF${yaml('terms:', '  Kina:', '    translations: { en: China }')}`);
    const { glossary } = await readGlossary(file, { targets: ['en'] });
    expect(glossary).toMatchObject({ file, terms: [{ term: 'Kina', line: 2 }] });
    expect(await glossaryExists(file)).toBe(true);
  });

  it('gives an empty glossary for a missing file, or an error when the file is required', async () => {
    const file = join(dir, 'missing.yaml');
    expect(await glossaryExists(file)).toBe(false);
    expect(await readGlossary(file, { targets: ['en'] })).toEqual({
      glossary: { file, terms: [] },
      warnings: [],
    });
    const error = await readGlossary(file, { targets: ['en'], required: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(
      `Could not read glossary ${file}: the file does not exist.`,
    );
  });

  it('refuses a directory and a file that is not UTF-8, with the line of the bad byte', async () => {
    const error = await readGlossary(dir, { targets: [] }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('it is a directory');
    const file = join(dir, 'latin1.yaml');
    await writeFile(
      file,
      Buffer.concat([Buffer.from('terms:\n  K'), Buffer.from([0xe4]), Buffer.from('na:\n')]),
    );
    const bad = (await readGlossary(file, { targets: [] }).catch((e: unknown) => e)) as UserError;
    expect(bad.message).toContain('the file is not valid UTF-8. Save it as UTF-8');
    expect(bad.position).toEqual({ file, line: 2, column: 4 });
  });

  it('inspects a file: every problem returned, only an unreadable file throws', async () => {
    const file = join(dir, 'glossary.yaml');
    await writeFile(
      file,
      yaml('terms:', '  SCO:', '    note: x', '  Kina:', '    translations: { ua: Китай }'),
    );
    const inspection = await inspectGlossaryFile(file, { targets: [] });
    expect(inspection.errors.map((e) => [e.code, e.position])).toEqual([
      ['no-translation', { file, line: 2, column: 3 }],
      ['language', { file, line: 5, column: 21 }],
    ]);
    const missing = await inspectGlossaryFile(join(dir, 'none.yaml'), { targets: [] }).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(UserError);
  });

  it('throws the validation error with the file path as position', async () => {
    const file = join(dir, 'glossary.yaml');
    await writeFile(file, yaml('terms:', '  SCO:', '    note: x'));
    const error = (await readGlossary(file, { targets: [] }).catch((e: unknown) => e)) as UserError;
    expect(error.position).toEqual({ file, line: 2, column: 3 });
  });
});
