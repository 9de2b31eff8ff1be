import { describe, expect, it } from 'vitest';
import { findInconsistencies } from '../../src/checks/inconsistent.js';
import { file } from './helpers.js';

describe('inconsistent', () => {
  it('finds the odd one out among translations of one source text, across namespaces', () => {
    const a = file(
      { save: 'Spara', cancel: 'Avbryt' },
      { save: 'Save', cancel: 'Cancel' },
      { ns: 'a' },
    );
    const b = file({ save: 'Spara', keep: 'Spara' }, { save: 'Save', keep: 'Store' }, { ns: 'b' });
    const found = findInconsistencies([a, b]);
    expect(found.map((f) => `${f.ns}:${f.key}`)).toEqual(['b:keep']);
    expect(found[0]?.message).toMatch(/"Store" here but "Save"/);
  });

  it('reports both sides when there is no majority', () => {
    const f = file({ x: 'Sök', y: 'Sök' }, { x: 'Suche', y: 'Suchen' }, { lang: 'de' });
    expect(
      findInconsistencies([f])
        .map((x) => x.key)
        .sort(),
    ).toEqual(['x', 'y']);
  });

  it('accepts i18next context and plural variants of one key, and whitespace differences', () => {
    const f = file(
      {
        friend_male: 'vän',
        friend_female: 'vän',
        n_one: '{{count}} år',
        n_other: '{{count}} år',
        a: 'Hej',
        b: 'Hej',
      },
      {
        friend_male: 'boyfriend',
        friend_female: 'girlfriend',
        n_one: '{{count}} year',
        n_other: '{{count}} years',
        a: 'Hello',
        b: 'Hello ',
      },
    );
    expect(findInconsistencies([f])).toEqual([]);
  });

  it('reports the odd ones of a much-repeated text in the order their sources first appear', () => {
    const source: Record<string, string> = {};
    const target: Record<string, string> = {};
    for (let i = 0; i < 2000; i++) {
      source[`credit${i}`] = 'Foto: TT';
      target[`credit${i}`] = i % 500 === 7 ? 'Photo : TT' : 'Photo: TT';
      source[`lead${i}`] = i % 2 === 0 ? 'Läs mer' : 'Läs  mer ';
      target[`lead${i}`] = i === 1999 ? 'More' : 'Read more';
    }
    const found = findInconsistencies([file(source, target, { ns: 'news' })]);
    expect(found.map((f) => f.key)).toEqual([
      'credit7',
      'credit507',
      'credit1007',
      'credit1507',
      'lead1999',
    ]);
    expect(found[4]?.message).toBe(
      '"Läs mer" is translated "More" here but "Read more" in news:lead0.',
    );
  });
});
