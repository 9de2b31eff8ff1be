import { describe, expect, it } from 'vitest';
import { checkWhitespace } from '../../src/checks/whitespace.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, lang = 'en-GB') =>
  checkWhitespace(entry(source, target, { lang }));

describe('whitespace', () => {
  it('accepts what the source has', () => {
    expect(check('Nyheter  Läs mer!', 'News  Read more!')).toEqual([]);
    expect(check(' Läs ', ' Read ')).toEqual([]);
    expect(check('Vad?', 'Quoi ?', 'fr')).toEqual([]);
    expect(check('Läs mer…', 'Read more …')).toEqual([]);
  });

  it('finds leading, trailing, doubled and misplaced spaces', () => {
    expect(check('Läs', ' Read')[0]).toMatch(/leading/);
    expect(check('Läs', 'Read ')[0]).toMatch(/trailing/);
    expect(check('Läs mer', 'Read  more')[0]).toMatch(/doubled/);
    expect(check('Läs, sedan', 'Read , then')[0]).toMatch(/before punctuation/);
    expect(check('Läs ', 'Read')[0]).toMatch(/no trailing/);
  });
});
