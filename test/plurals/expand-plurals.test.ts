import { describe, expect, it } from 'vitest';
import {
  expandPluralSegments,
  isPluralSegment,
  type PluralSegment,
  representativeCount,
  restorePluralCount,
  withCount,
} from '../../src/plan/plurals.js';
import type { SourceSegment } from '../../src/plan/types.js';

function strings(entries: Record<string, string>, ns = 'ui'): SourceSegment[] {
  return Object.entries(entries).map(([key, text], paragraph) => ({
    ns,
    key,
    text,
    kind: 'paragraph',
    paragraph,
    start: 0,
    end: 0,
    context: '',
  }));
}

const UNREAD = {
  title: 'Inkorg',
  unread_one: 'Du har {{count}} oläst meddelande',
  unread_other: 'Du har {{count}} olästa meddelanden',
  after: 'Slut',
};

const categoriesOf = (lang: string, ordinal = false) =>
  new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
    .pluralCategories;

describe('expandPluralSegments', () => {
  it.each(['uk', 'de', 'en-GB', 'ja', 'ar', 'fr', 'pl', 'cy'])(
    'gives %s exactly its CLDR categories, in CLDR order where the family stood',
    (lang) => {
      const keys = expandPluralSegments(strings(UNREAD), lang).map((s) => s.key);
      const order = ['zero', 'one', 'two', 'few', 'many', 'other'];
      const wanted = order.filter((c) => categoriesOf(lang).includes(c as never));
      expect(keys).toEqual(['title', ...wanted.map((c) => `unread_${c}`), 'after']);
    },
  );

  it('uk: one from the Swedish _one form with 1, few/many/other from _other with counts of their category', () => {
    const forms = expandPluralSegments(strings(UNREAD), 'uk').filter(isPluralSegment);
    const rules = new Intl.PluralRules('uk');
    for (const form of forms) {
      const swedish = form.plural.category === 'one' ? UNREAD.unread_one : UNREAD.unread_other;
      expect(form.text).toBe(swedish);
      expect(rules.select(form.plural.count!)).toBe(form.plural.category);
      expect(form.plural.request).toBe(withCount(swedish, form.plural.count!));
    }
    expect(forms.map((f) => [f.plural.category, f.plural.request])).toEqual([
      ['one', 'Du har 1 oläst meddelande'],
      ['few', 'Du har 2 olästa meddelanden'],
      ['many', 'Du har 5 olästa meddelanden'],
      ['other', 'Du har 1,5 olästa meddelanden'],
    ]);
  });

  it('keeps non-plural keys untouched, and a lone key_one (no _other, one category) as an ordinary key', () => {
    const segments = strings({ status_one: 'Ett', label: 'Etikett' });
    expect(expandPluralSegments(segments, 'uk')).toEqual(segments);
  });

  it('keeps the Swedish _zero form (i18next uses it for 0 in any language) with a count of 0', () => {
    const segments = strings({
      n_zero: 'Inga filer',
      n_one: '{{count}} fil',
      n_other: '{{count}} filer',
    });
    const de = expandPluralSegments(segments, 'de').filter(isPluralSegment);
    expect(de.map((s) => s.key)).toEqual(['n_zero', 'n_one', 'n_other']);
    expect(de[0]!.text).toBe('Inga filer');
  });

  it('expands ordinal families with the ordinal rules', () => {
    const segments = strings({
      place_ordinal_one: 'Du kom {{count}}:a',
      place_ordinal_other: 'Du kom {{count}}:e',
    });
    const en = expandPluralSegments(segments, 'en-GB').filter(isPluralSegment);
    expect(en.map((s) => s.key)).toEqual([
      'place_ordinal_one',
      'place_ordinal_two',
      'place_ordinal_few',
      'place_ordinal_other',
    ]);
    const ordinal = new Intl.PluralRules('en-GB', { type: 'ordinal' });
    for (const s of en) expect(ordinal.select(s.plural.count!)).toBe(s.plural.category);
  });

  it('keeps families of different namespaces apart', () => {
    const segments = [
      ...strings({ a_one: 'En', a_other: '{{count}}' }, 'one'),
      ...strings({ a_other: '{{count}} st' }, 'two'),
    ];
    const uk = expandPluralSegments(segments, 'uk');
    expect(uk.filter((s) => s.ns === 'one').map((s) => s.key)).toEqual([
      'a_one',
      'a_few',
      'a_many',
      'a_other',
    ]);
    expect(uk.filter((s) => s.ns === 'two').map((s) => s.key)).toEqual([
      'a_one',
      'a_few',
      'a_many',
      'a_other',
    ]);
  });

  it('sends a form without {{count}} as written', () => {
    const [one] = expandPluralSegments(
      strings({ f_one: 'En fil', f_other: '{{count}} filer' }),
      'uk',
    );
    expect((one as PluralSegment).plural).toMatchObject({ request: 'En fil' });
    expect((one as PluralSegment).plural.count).toBeUndefined();
  });
});

describe('representativeCount', () => {
  it('finds a count of each category, avoiding numbers already in the Swedish', () => {
    const uk = new Intl.PluralRules('uk');
    expect(representativeCount(uk, 'few', 'Du har {{count}} av 2 platser')).toBe(3);
    expect(representativeCount(uk, 'many', 'x')).toBe(5);
    expect(representativeCount(new Intl.PluralRules('fr'), 'many', 'x')).toBe(1_000_000);
    expect(representativeCount(new Intl.PluralRules('ar'), 'other', 'x')).toBe(100);
  });
});

describe('restorePluralCount', () => {
  const form = (text: string, count: number): PluralSegment => ({
    ...strings({ k_other: text })[0]!,
    plural: {
      category: 'other',
      ordinal: false,
      count,
      request: withCount(text, count),
      placeholders: text.match(/\{\{[^}]*\}\}/g) ?? [],
    },
  });

  it.each([
    ['У вас 5 непрочитаних', 5, 'uk', 'У вас {{count}} непрочитаних'],
    ['У вас 1,5 непрочитаного', 1.5, 'uk', 'У вас {{count}} непрочитаного'],
    ['You have 1.5 unread', 1.5, 'en-GB', 'You have {{count}} unread'],
    ['Vous avez 1\u202f000\u202f000 messages', 1_000_000, 'fr', 'Vous avez {{count}} messages'],
    ['Sie haben 1.000.000 Nachrichten', 1_000_000, 'de', 'Sie haben {{count}} Nachrichten'],
    ['لديك ١٠٠ رسالة', 100, 'ar-EG', 'لديك {{count}} رسالة'],
  ])('finds %j (count %d, %s)', (output, count, lang, expected) => {
    expect(restorePluralCount(form('x {{count}} y', count), output, lang)).toEqual({
      text: expected,
      restored: true,
    });
  });

  it('does not take a digit of a longer number for the count', () => {
    const result = restorePluralCount(form('{{count}} av 15', 5), '15 / 5', 'de');
    expect(result.text).toBe('15 / {{count}}');
  });

  it('puts back each placeholder as the Swedish wrote it', () => {
    const result = restorePluralCount(form('{{count, number}} filer', 5), '5 Dateien', 'de');
    expect(result.text).toBe('{{count, number}} Dateien');
  });

  it('reports a count the engine spelled out', () => {
    expect(restorePluralCount(form('{{count}} filer', 5), 'five files', 'en-GB')).toEqual({
      text: 'five files',
      restored: false,
    });
  });
});
