import { describe, expect, it } from 'vitest';
import { findPluralProblems } from '../../src/checks/plural.js';
import { neededCategories } from '../../src/checks/plural-keys.js';
import { file } from './helpers.js';

const source = { items_one: '{{count}} artikel', items_other: '{{count}} artiklar' };
const keysOf = (lang: string, target: Record<string, string>) =>
  findPluralProblems(file(source, target, { lang })).map((p) => p.key);

describe('plural', () => {
  it('knows the CLDR categories from Intl.PluralRules', () => {
    expect([...neededCategories('uk', false)].sort()).toEqual(['few', 'many', 'one', 'other']);
    expect([...neededCategories('en-GB', true)].sort()).toEqual(['few', 'one', 'other', 'two']);
  });

  it('accepts exactly the categories a language needs, and _zero anywhere', () => {
    expect(
      keysOf('en-GB', { items_one: '{{count}} article', items_other: '{{count}} articles' }),
    ).toEqual([]);
    expect(
      keysOf('de', {
        items_zero: 'Keine Artikel',
        items_one: '{{count}} Artikel',
        items_other: '{{count}} Artikel',
      }),
    ).toEqual([]);
    expect(
      keysOf('uk', {
        items_one: '{{count}} стаття',
        items_few: '{{count}} статті',
        items_many: '{{count}} статей',
        items_other: '{{count}} статті',
      }),
    ).toEqual([]);
    expect(keysOf('ja', { items_other: '{{count}}件の記事' })).toEqual([]);
  });

  it('finds missing and superfluous categories', () => {
    expect(
      keysOf('uk', { items_one: '{{count}} стаття', items_other: '{{count}} статті' }),
    ).toEqual(['items_few', 'items_many']);
    expect(keysOf('en-GB', { items_other: '{{count}} articles' })).toEqual(['items_one']);
    expect(keysOf('en-GB', { items_one: 'a', items_few: 'b', items_other: 'c' })).toEqual([
      'items_few',
    ]);
  });

  it('finds plural forms of a key that is not plural in the source', () => {
    const found = findPluralProblems(
      file({ offer: 'Erbjudande' }, { offer: 'Offer', offer_one: 'One offer' }),
    );
    expect(found.map((p) => p.key)).toEqual(['offer_one']);
  });
});

describe('plural: what is a family', () => {
  it('does not take a lone key ending in _other for a plural family', () => {
    const f = file({ options_other: 'Andra alternativ' }, { options_other: 'Other options' });
    expect(findPluralProblems(f)).toEqual([]);
  });
});
