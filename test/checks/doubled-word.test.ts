import { describe, expect, it } from 'vitest';
import { checkDoubledWord } from '../../src/checks/doubled-word.js';
import { entry } from './helpers.js';

const check = (source: string, target: string, lang = 'en-GB') =>
  checkDoubledWord(entry(source, target, { lang }));

describe('doubled-word', () => {
  it('finds a word written twice, in any case, across a tag', () => {
    expect(check('Toppmötet', 'The the summit')[0]).toMatch(/"the the"/);
    expect(check('Toppmötet', 'the <b>the</b> summit')).toHaveLength(1);
    expect(check('mycket vatten', 'viel viel Wasser', 'de')).toHaveLength(1);
  });

  it('accepts doublings grammar allows and echoes of the source', () => {
    expect(
      check('Länderna som sanktionerna drabbar', 'Die Länder, die die Sanktionen treffen', 'de'),
    ).toEqual([]);
    expect(check('Det hon hade', 'What she had had')).toEqual([]);
    expect(check('Bora Bora', 'Bora Bora')).toEqual([]);
    expect(check('Hej hej!', 'Bye bye!')).toEqual([]);
    expect(check('Det det handlar om', 'Det det handler om', 'nb')).toEqual([]);
    expect(check('Ett, ett', 'One, one')).toEqual([]);
    expect(check('10 10', '10 10')).toEqual([]);
  });

  it('reads words with combining marks, non-breaking spaces and characters beyond the BMP', () => {
    expect(check('Kaféet', 'the cafe\u0301 cafe\u0301 opens')[0]).toMatch(/cafe\u0301 cafe\u0301/);
    expect(check('Kaféet', 'the cafe\u0301 cafe opens')).toEqual([]);
    expect(check('Toppmötet', 'the\u00a0the summit')).toHaveLength(1);
    expect(check('Toppmötet', 'the the summit 𝒳')).toHaveLength(1);
    expect(check('Toppmötet', '𝒳𝒳 𝒳𝒳 summit')).toHaveLength(1);
    expect(check('Toppmötet', 'the summit, the summit')).toEqual([]);
  });

  it('reads words whose lower case depends on the text: İ, final sigma', () => {
    expect(check('Istanbul', 'İstanbul İstanbul', 'tr')).toHaveLength(1);
    expect(check('Istanbul', 'İstanbul istanbul', 'tr')).toEqual([]);
    expect(check('Sofia', 'ΣΟΦΙΑΣ σοφιας', 'el')).toHaveLength(1);
    expect(check('Sofia', 'ΣΟΦΙΑΣ ΣΟΦΙΑ', 'el')).toEqual([]);
  });
});
