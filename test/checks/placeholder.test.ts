import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../src/checks/placeholder.js';
import { extractPlaceholders } from '../../src/checks/text/placeholders.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, plural = false) =>
  checkPlaceholders(entry(source, target, { plural }));

describe('placeholder', () => {
  it('accepts the same placeholders in another order', () => {
    expect(check('{{a}} och {{b}}', '{{b}} and {{a}}')).toEqual([]);
    expect(check('Publicerad {{date, datetime}}', 'Published {{ date , datetime }}')).toEqual([]);
    expect(check('Sparad i $t(nav.settings)', 'Saved in $t(nav.settings)')).toEqual([]);
    expect(check('%d filer', '%d files')).toEqual([]);
    expect(check('50 % av alla', '50 % of all')).toEqual([]);
  });

  it('accepts a plural form without the count', () => {
    expect(check('{{count}} artikel', 'one article', true)).toEqual([]);
    expect(check('{{count}} artikel', 'one article', false)).toHaveLength(1);
  });

  it('finds renamed, missing, added and broken placeholders', () => {
    expect(check('Hej {{name}}!', 'Hi {{namn}}!')[0]).toMatch(
      /"\{\{name\}\}" became "\{\{namn\}\}"/,
    );
    expect(check('Av {{author}}, {{agency}}', 'By {{author}}')[0]).toMatch(
      /lacks "\{\{agency\}\}"/,
    );
    expect(check('Hej', 'Hi {{name}}')[0]).toMatch(/has "\{\{name\}\}"/);
    expect(check('{{max}} tecken', '{{max} characters')).toHaveLength(1);
    expect(check('Publicerad {{date, datetime}}', 'Published {{date}}')).toHaveLength(1);
    expect(check('$t(nav.settings)', '$t(nav.setting)')).toHaveLength(1);
    expect(check('%d filer', '%s files')).toHaveLength(1);
  });

  it('reads ICU arguments, also inside plural branches', () => {
    const ids = extractPlaceholders('{count, plural, one {# bild av {name}} other {# bilder}}').map(
      (p) => p.id,
    );
    expect(ids).toEqual(['{count, plural}', '{name}']);
    expect(
      check(
        '{count, plural, one {# bild} other {# bilder}}',
        '{count, plural, one {# photo} few {# photos} other {# photos}}',
      ),
    ).toEqual([]);
    expect(
      check(
        '{count, plural, one {# bild} other {# bilder}}',
        '{antal, plural, one {# photo} other {# photos}}',
      ),
    ).toHaveLength(1);
  });
});
