import { describe, expect, it } from 'vitest';
import { checkWrongLanguage } from '../../src/checks/wrong-language.js';
import { entry, glossary, term } from './helpers.js';

const names = glossary(
  term('Aleksandr Lukasjenko', { en: 'Alexander Lukashenko' }),
  term('Malmö', { en: 'Malmö', de: 'Malmö' }),
);
const check = (source: string, target: string, lang = 'en-GB') =>
  checkWrongLanguage(entry(source, target, { lang, glossary: names }));

describe('wrong-language', () => {
  it('finds Swedish left in a translation', () => {
    expect(
      check(
        'De fördömer provokationerna från USA och deras satellitstater.',
        'They condemn the provocations från USA och deras satellitstater.',
      )[0],
    ).toMatch(/Swedish/);
    expect(
      check('Kronan stärktes efter beskedet.', 'Kronan stärktes after the announcement.'),
    ).toHaveLength(1);
    expect(check('Något gick fel hos oss.', 'Något gick fel. Please try again.')).toHaveLength(1);
    expect(
      check(
        'Inga träffar. Kontrollera stavningen eller prova ett annat sökord.',
        'Keine Treffer. Kontrollera stavningen eller prova ett annat sökord.',
        'de',
      ),
    ).toHaveLength(1);
    expect(
      check('Fredagen väntas bli den stora dagen.', 'Fredagen väntas bli den store dagen.', 'nb'),
    ).toHaveLength(1);
  });

  it('finds a translation in another language than the target', () => {
    expect(
      check('Vi använder kakor.', 'We use cookies to improve your experience.', 'de')[0],
    ).toMatch(/English/);
    expect(
      check(
        'Det gick inte att ansluta.',
        'Verbindung fehlgeschlagen. Überprüfen Sie die Verbindung und versuchen Sie es erneut.',
      )[0],
    ).toMatch(/German/);
    expect(check('Sök', 'Search the archive with keywords', 'uk')[0]).toMatch(/Latin/);
    expect(check('Sök', 'Шукати в архіві', 'en-GB')[0]).toMatch(/another script/);
    // Han outside the Basic Multilingual Plane (a surrogate pair), and a Greek sign among symbols.
    expect(check('Sök', 'Search 𠀀𠀁 now', 'en-GB')[0]).toMatch(/another script/);
    expect(check('Sök', 'Search Ωμέγα – now', 'en-GB')[0]).toMatch(/another script/);
    expect(check('Sök', 'Search ™ “now” – 5 µm', 'en-GB')).toEqual([]);
  });

  it('accepts names, particles and words the target language shares', () => {
    expect(check('Ursula von der Leyen i Bryssel', 'Ursula von der Leyen in Brussels')).toEqual([]);
    expect(
      check('Han träffar Lukasjenko i Malmö.', 'He meets Alexander Lukashenko in Malmö.'),
    ).toEqual([]);
    expect(check('Under mötet', 'Under the meeting, men and women met till late')).toEqual([]);
    expect(check('Hans bild', 'Hans sagte, das Bild sei in Malmö entstanden.', 'de')).toEqual([]);
    expect(
      check(
        'Foto: Alexandr Demyanchuk, Kreml via AP/TT',
        'Фото: Alexandr Demyanchuk, Кремль via AP/TT',
        'uk',
      ),
    ).toEqual([]);
    expect(check('Nyheter', 'Nyheter og sport', 'nb')).toEqual([]);
    expect(check('Ingen kommentar', 'Ingen kommentar', 'da')).toEqual([]);
  });

  it('reads a text with a letter that lowers unevenly as any other', () => {
    expect(
      check('Han reste till İzmir.', 'Han reste till İzmir och hans bror stannade.')[0],
    ).toMatch(/Swedish/);
    expect(check('Ur İzmir', 'From İzmir, the words of von Leyen')).toEqual([]);
  });

  it('clears a text in the target script without masking it', () => {
    expect(check('Putin i Malmö', 'Путін у Мальме (Швеція).', 'uk')).toEqual([]);
    expect(check('Putin i Malmö', 'Путін у Мальме, "Лукашенко".', 'uk')).toEqual([]);
  });

  it('leaves an untouched source to the untranslated check', () => {
    expect(check('Xi och Putin stärker banden', 'Xi och Putin stärker banden')).toEqual([]);
  });
});

describe('wrong-language: glosses', () => {
  it('accepts a Swedish word kept on purpose in brackets or quotes', () => {
    expect(
      check(
        'Allemansrätten ger alla tillträde.',
        'The right of public access (allemansrätten) gives everyone access.',
      ),
    ).toEqual([]);
    expect(check('Svenskarna älskar lagom och fika.', 'Swedes love “lagom” and “fika”.')).toEqual(
      [],
    );
    expect(check('Det är de facto ett förbud.', 'It is de facto a ban, en masse.')).toEqual([]);
  });

  it('finds a single strong Swedish word', () => {
    expect(check('Xi samt Putin', 'Xi samt Putin met')).toHaveLength(1);
  });
});
