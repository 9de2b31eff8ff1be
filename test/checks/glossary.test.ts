import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/checks/glossary.js';
import { entry, glossary, term } from './helpers.js';

const terms = glossary(
  term('Vladimir Putin', { en: 'Vladimir Putin', de: 'Wladimir Putin' }, { forms: ['Putin'] }),
  term('Kreml', { en: 'Kremlin', de: 'Kreml' }),
  term('SCO', {}, { keep: true }),
);
const check = (source: string, target: string, lang = 'en-GB') =>
  checkGlossary(entry(source, target, { lang, glossary: terms }));

describe('glossary', () => {
  it('accepts pinned forms, genitives included', () => {
    expect(check('Vladimir Putin i Kreml', 'Vladimir Putin in the Kremlin')).toEqual([]);
    expect(check('Vladimir Putins besked', 'Wladimir Putins Ankündigung', 'de')).toEqual([]);
    expect(check('SCO:s möte', 'The SCO’s meeting')).toEqual([]);
  });

  it('finds a pin missing or a kept term translated', () => {
    expect(check('Vladimir Putin i Kreml', 'Vladimir Putin in the Kreml')[0]).toMatch(/"Kremlin"/);
    expect(check('Vladimir Putin', 'Vladimir Putin', 'de')[0]).toMatch(/Wladimir Putin/);
    expect(check('SCO-toppmötet', 'ShOS summit')[0]).toMatch(/kept term/);
  });

  it('does nothing without a glossary', () => {
    expect(checkGlossary(entry('Vladimir Putin', 'Wladimir Putin'))).toEqual([]);
  });
});

describe('glossary: genitives of places', () => {
  const places = glossary(
    term('Ryssland', { en: 'Russia', de: 'Russland' }),
    term('Kina', { en: 'China', de: 'China' }),
  );
  const g = (source: string, target: string, lang = 'en-GB') =>
    checkGlossary(entry(source, target, { lang, glossary: places }));

  it('accepts the adjective for a genitive', () => {
    expect(g('Rysslands president', 'The Russian President')).toEqual([]);
    expect(g('Kinas ledare', 'der chinesische Staatschef', 'de')).toEqual([]);
  });

  it('still wants the name where the Swedish is not a genitive', () => {
    expect(g('Möte i Ryssland', 'A meeting in Rus')).toHaveLength(1);
    expect(g('Kinas ledare', 'The leader')).toHaveLength(1);
  });
});
