import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/checks/text/urls.js';
import { checkUrls } from '../../src/checks/url.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, lang = 'en-GB') =>
  checkUrls(entry(source, target, { lang }));

describe('url', () => {
  it('finds URLs, e-mail addresses and domains, without sentence punctuation', () => {
    expect(
      extractLinks('Se https://tt.se/om. Mejla tips@tt.se eller gå till tt.se/app, t.ex. nu.').map(
        (l) => l.text,
      ),
    ).toEqual(['https://tt.se/om', 'tips@tt.se', 'tt.se/app']);
    expect(extractLinks('bl.a. t.ex. z.B. ASP.NET Node.js 13.23')).toEqual([]);
  });

  it('accepts the same links and a localised language segment', () => {
    expect(check('Läs på https://www.tt.se/om-tt.', 'Read at https://www.tt.se/om-tt.')).toEqual(
      [],
    );
    expect(
      check('Se https://riksbank.se/sv/rapporter/', 'See https://riksbank.se/en/rapporter/'),
    ).toEqual([]);
    expect(
      check('Se https://example.com/?lang=sv', 'Siehe https://example.com/?lang=de', 'de'),
    ).toEqual([]);
  });

  it('finds a changed, missing or added link', () => {
    expect(check('Mejla tips@tt.se', 'Email tip@tt.se')[0]).toMatch(/became/);
    expect(check('Ladda ner på tt.se/app', 'Download the app')[0]).toMatch(/lacks/);
    expect(check('Ladda ner appen', 'Download at tt.com/app')[0]).toMatch(/has the link/);
    expect(check('https://tt.se', 'http://tt.se')).toHaveLength(1);
    expect(
      check('Se https://riksbank.se/sv/rapporter/', 'See https://riksbank.se/fr/rapporter/'),
    ).toHaveLength(1);
  });
});
