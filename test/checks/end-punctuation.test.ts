import { describe, expect, it } from 'vitest';
import { checkEndPunctuation } from '../../src/checks/end-punctuation.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, lang = 'en-GB') =>
  checkEndPunctuation(entry(source, target, { lang }));

describe('end-punctuation', () => {
  it('accepts the same ending behind quotes, brackets, tags and placeholders', () => {
    expect(check('Han sade "nej".', 'He said “no”.')).toEqual([]);
    expect(check('Han sade "nej."', 'Er sagte „nein“.', 'de')).toEqual([]);
    expect(check('Läs <a>mer</a>.', 'Read <a>more</a>.')).toEqual([]);
    expect(check('Laddar…', 'Loading...')).toEqual([]);
    expect(check('Foto:', 'Photo:')).toEqual([]);
    expect(check('Xi och Putin möts', 'Xi and Putin meet')).toEqual([]);
    expect(check('¿Qué?', '¿Qué?', 'es')).toEqual([]);
  });

  it('treats a final abbreviation as neither ending nor missing one', () => {
    expect(check('Mötet börjar kl. 13', 'The meeting starts at 1 p.m.')).toEqual([]);
    expect(check('Äpplen, päron m.m.', 'Apples, pears, etc.')).toEqual([]);
    expect(check('Apples, pears osv.', 'Äpfel, Birnen usw.', 'de')).toEqual([]);
    expect(check('15 september 2022', '15 вересня 2022 р.', 'uk')).toEqual([]);
  });

  it('finds an ending of another kind', () => {
    expect(check('Klart.', 'Done')[0]).toMatch(/full stop.*no final/);
    expect(check('Har du glömt?', 'Forgotten.')).toHaveLength(1);
    expect(check('Välkommen!', 'Welcome.')).toHaveLength(1);
    expect(check('Om oss', 'About us.')).toHaveLength(1);
    expect(check('Fortsätt.', 'Continue…')).toHaveLength(1);
    expect(check('En del av Kina.', 'Teil von China:', 'de')).toHaveLength(1);
  });
});
