import { describe, expect, it } from 'vitest';
import { checkMarkup } from '../../src/checks/markup.js';
import { entry } from './helpers.js';

const check = (source: string, target: string) => checkMarkup(entry(source, target));

describe('markup', () => {
  it('accepts the same tags, moved with the word order', () => {
    expect(
      check('Inloggad som <strong>{{email}}</strong>', 'Logged in as <strong>{{email}}</strong>'),
    ).toEqual([]);
    expect(
      check('<1>Läs mer</1> om <0>kakor</0>.', 'About <0>cookies</0>: <1>read more</1>.'),
    ).toEqual([]);
    expect(check('Rad<br>två', 'Line<br/>two')).toEqual([]);
    expect(check('<B>Obs</B>', '<b>Note</b>')).toEqual([]);
    expect(
      check('<img alt="TT:s logotyp" src="/a.svg"/>', '<img src="/a.svg" alt="TT logo"/>'),
    ).toEqual([]);
    expect(check('Mindre än 5 < 7 > 3', 'Less than 5 < 7 > 3')).toEqual([]);
  });

  it('leaves absolute links to the url check', () => {
    expect(
      check('<a href="https://tt.se/sv/om">Om</a>', '<a href="https://tt.se/en/om">About</a>'),
    ).toEqual([]);
  });

  it('finds missing, added, renamed and misnested tags and changed attributes', () => {
    expect(check('<strong>{{email}}</strong>', '<strong>{{email}}')[0]).toMatch(/<\/strong>/);
    expect(check('Text', '<em>Text</em>')[0]).toMatch(/not in the source/);
    expect(check('<1>Läs</1>', '<2>Read</2>')).toHaveLength(1);
    expect(check('<a href="/villkor">villkor</a>', '<a href="/terms">terms</a>')).toHaveLength(1);
    expect(check('<b><i>x</i></b>', '<b><i>x</b></i>')[0]).toMatch(/nested/);
  });
});
