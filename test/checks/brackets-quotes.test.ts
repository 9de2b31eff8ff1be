import { describe, expect, it } from 'vitest';
import { checkBracketsQuotes } from '../../src/checks/brackets-quotes.js';
import { entry } from './helpers.js';

const check = (source: string, target: string) => checkBracketsQuotes(entry(source, target));

describe('brackets-quotes', () => {
  it('accepts balanced brackets and every language’s quotation marks', () => {
    expect(check('Kinas "hållning" (SCO)', 'China’s “position” (SCO)')).toEqual([]);
    expect(check('Kinas ”hållning”', 'Chinas „Haltung“')).toEqual([]);
    expect(check('Kinas »hållning«', 'la «position» de la Chine')).toEqual([]);
    expect(check('Ledarnas möte', 'The leaders’ meeting')).toEqual([]);
    expect(check('{{count}} träffar', '{{count}} results')).toEqual([]);
  });

  it('accepts what is unbalanced in the source as well', () => {
    expect(check('"Vi håller fast vid principen.', '“We adhere to the principle.')).toEqual([]);
    expect(check('1) första 2) andra', '1) first 2) second')).toEqual([]);
  });

  it('accepts quotation marks framing speech that Swedish marks with a dash', () => {
    expect(
      check('– Vi uppskattar högt hållningen.', '“We highly appreciate the position.'),
    ).toEqual([]);
    expect(check('Vi förstår, sade Putin.', 'We understand,” Putin said.')).toEqual([]);
    expect(check('Vi förstår, sade Putin.', 'Wir verstehen“, sagte Putin.')).toEqual([]);
  });

  it('finds an unclosed bracket or quotation mark', () => {
    expect(check('SCO (förkortning)', 'SCO (abbreviation')[0]).toMatch(/bracket/);
    expect(check('SCO (förkortning)', 'SCO (abbreviation))')).toHaveLength(1);
    expect(check('Kinas "hållning" i kriget', 'China’s “position in the war')[0]).toMatch(
      /quotation/,
    );
    expect(check('Kinas hållning i kriget', 'China’s “position in the war')).toHaveLength(1);
  });
});
