import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../src/checks/number.js';
import { extractNumbers } from '../../src/checks/numbers/extract-numbers.js';
import { entry } from './helpers.js';

const ok = (source: string, target: string, lang = 'en-GB') =>
  expect(checkNumbers(entry(source, target, { lang }))).toEqual([]);
const flagged = (source: string, target: string, lang = 'en-GB') =>
  expect(checkNumbers(entry(source, target, { lang }))).toHaveLength(1);

describe('number', () => {
  it('accepts locale formats of decimals and thousands', () => {
    ok('Räntan är 3,5 procent.', 'The rate is 3.5 per cent.');
    ok('Räntan är 3,5 procent.', 'Der Zins beträgt 3,5 Prozent.', 'de');
    ok('Det kostar 12 500 kronor.', 'It costs 12,500 kronor.');
    ok('Det kostar 12\u00a0500 kronor.', 'Es kostet 12.500 Kronen.', 'de');
    ok('Det kostar 12\u202f500 kronor.', 'Це коштує 12 500 крон.', 'uk');
    ok('Det kostar 12 500 kronor.', 'Es kostet 12500 Kronen.', 'de');
    ok('Indexet stängde på 2 245,6 punkter.', 'The index closed at 2,245.6 points.');
    ok('3,5 miljoner kronor', 'SEK 3.5 million');
    ok('3 500 000 kronor', '3.5 million kronor');
  });

  it('accepts times on the 24- and 12-hour clock', () => {
    ok('Mötet börjar kl. 13.23.', 'The meeting starts at 13:23.');
    ok('Mötet börjar kl. 13.23.', 'The meeting starts at 1:23 pm.', 'en-US');
    ok('Mötet börjar kl. 13.23.', 'Das Treffen beginnt um 13.23 Uhr.', 'de');
    ok('Öppet mellan kl. 11 och 15.', 'Open between 11 am and 3 pm.');
    ok('Vid 10-tiden', 'At around 10 o’clock');
  });

  it('accepts an ISO date written out in the target language', () => {
    ok('2022-09-15', '15 September 2022');
    ok('2022-09-15', '15. September 2022', 'de');
    ok('2022-09-15', '15 вересня 2022 р.', 'uk');
    ok('2022-09-15', '15.09.2022', 'de');
    ok('2022-09-15', 'September 15, 2022', 'en-US');
    ok('den 15 september', 'on 15 September');
    ok('mätningarna den 15/6', 'measurements on 15 June');
    ok('den 15 september', 'on 15 September 2022');
  });

  it('accepts a timestamp formatted by Intl for en-GB, en-US, de, uk and nb', () => {
    const date = new Date(Date.UTC(2022, 8, 15, 13, 23));
    for (const lang of ['en-GB', 'en-US', 'de', 'uk', 'nb']) {
      const text = new Intl.DateTimeFormat(lang, {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(date);
      ok('2022-09-15 13:23', text, lang);
    }
  });

  it('accepts small numbers spelled out on either side', () => {
    ok('De två ledarna', 'The two leaders');
    ok('De två ledarna', 'The 2 leaders');
    ok('De 2 ledarna', 'Die zwei Staatschefs', 'de');
    ok('De två ledarna', 'Два лідери', 'uk');
  });

  it('accepts decades and a repeated figure said once', () => {
    ok('på 90-talet', 'in the 1990s');
    ok('Sedan 2018, alltså 2018 och framåt', 'Since 2018 onwards');
  });

  it('finds a changed, missing or added number', () => {
    flagged('Det kostar 12 500 kronor.', 'It costs 12,600 kronor.');
    flagged('Iran ansökte redan 2008.', 'Iran applied early on.');
    flagged('Mötet', 'The 2023 meeting');
    flagged('Räntan är 3,5 procent.', 'The rate is 35 per cent.');
    flagged('Kl. 21', 'At 9 am');
    flagged('2022-09-15 13:23', '15 September 2022 at 14:23');
    flagged('2022-09-15', '15 September', 'en-GB');
    flagged('den 26 april 2023', 'on 26 August 2023');
  });

  it('reads ambiguous formats into every reading', () => {
    const [mention] = extractNumbers('12,500', 'en');
    expect(mention?.keys).toEqual(expect.arrayContaining(['n:12500', 'n:12.5']));
    expect(extractNumbers('13.23', 'sv')[0]?.keys).toEqual(
      expect.arrayContaining(['n:13.23', 't:13:23']),
    );
  });

  it('reads a figure again when a scale word or -talet follows it', () => {
    const keysOf = (text: string) => extractNumbers(text, 'sv').map((m) => m.keys);
    expect(keysOf('3,5 och 90, 2017.')).toEqual([['n:3.5'], ['n:90'], ['n:2017']]);
    expect(keysOf('3,5 miljoner')).toEqual([['n:3500000']]);
    expect(keysOf('3,5\u00a0mdr')).toEqual([['n:3500000000']]);
    expect(keysOf('90-talet')).toEqual([['n:90', 'n:1990', 'n:2090']]);
    expect(keysOf('3,5 och 90, 2017.')).toEqual([['n:3.5'], ['n:90'], ['n:2017']]);
  });

  it('ignores numbers inside placeholders, tags and links', () => {
    ok('Se https://tt.se/2022/09 och {{count2}}', 'See https://tt.se/2022/09 and {{count2}}');
    ok('<h2>Rubrik</h2>', '<h2>Headline</h2>');
  });
});

describe('number: clocks', () => {
  it('reads a Swedish or German time on the 24-hour clock, an English one on either', () => {
    ok('Beslutet kom kl. 9.30.', 'The decision came at 9.30 am.');
    ok('Beslutet kom kl. 9.30.', 'The decision came at 9.30.');
    flagged('Beslutet kom kl. 9.30.', 'The decision came at 9.30 pm.');
    ok('Mötet börjar kl. 13.23.', 'La réunion commence à 13h23.', 'fr');
    ok('Mötet börjar kl. 13.23.', 'Das Treffen beginnt um 13.23 Uhr.', 'de');
    flagged('Mötet börjar kl. 13.23.', 'Das Treffen beginnt um 1.23 Uhr.', 'de');
  });
});
