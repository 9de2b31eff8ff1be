import { describe, expect, it } from 'vitest';
import { checkLength } from '../../src/checks/length.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, lang = 'en-GB') =>
  checkLength(entry(source, target, { lang }));
const sentence =
  'Iran ansökte om medlemskap i SCO redan 2008, men processen sinkades av sanktionerna som stora delar av omvärlden införde gentemot landet.';

describe('length', () => {
  it('allows short strings to grow a lot and long ones by the language pair’s norm', () => {
    expect(check('Tipsa oss', 'Schicken Sie uns einen Hinweis', 'de')).toEqual([]);
    expect(check('Hem', 'Startseite', 'de')).toEqual([]);
    expect(check('Redigera', 'Edit')).toEqual([]);
    expect(
      check(
        sentence,
        'Iran hatte bereits 2008 die Mitgliedschaft in der SCO beantragt, doch das Verfahren verzögerte sich durch die Sanktionen, die große Teile der Welt gegen das Land verhängt hatten.',
        'de',
      ),
    ).toEqual([]);
    expect(check('{{count}} träffar', '{{count}} results')).toEqual([]);
  });

  it('finds a truncated or padded translation', () => {
    expect(check(sentence, 'Iran applied in 2008.')[0]).toMatch(/much shorter/);
    expect(
      check(
        'Fler bilaterala möten',
        'More bilateral meetings are planned for the coming days, according to diplomats in the region',
      )[0],
    ).toMatch(/much longer/);
  });

  it('expects fewer characters in Chinese and Japanese', () => {
    expect(
      check(
        sentence,
        '伊朗早在2008年就申请加入上合组织，但这一进程因世界大部分国家对该国实施的制裁而受阻。',
        'zh',
      ),
    ).toEqual([]);
  });
});
