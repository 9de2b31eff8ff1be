import { describe, expect, it } from 'vitest';
import { PinnedFormFinder } from '../../src/glossary/pinned-form-finder.js';
import { targetPatternSource } from '../../src/glossary/target-pattern.js';

/** What the guarded pattern itself finds: the finder must agree with it everywhere. */
function guarded(forms: string[], lang: string, text: string): Array<[number, number]> {
  const pattern = new RegExp(targetPatternSource(forms, lang), 'gu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function found(forms: string[], lang: string, text: string): Array<[number, number]> {
  return new PinnedFormFinder(forms, lang).findAll(text);
}

const cases: Array<[forms: string[], lang: string, texts: string[]]> = [
  [
    ['Putin'],
    'nb',
    [
      "Putin's",
      "Putin'sx",
      "Putin'",
      "Putin'x Putin",
      'Putins Putinisme',
      'xPutin Putin:s',
      "Putin''s",
    ],
  ],
  [['Putin'], 'en', ["Putin's plan", "Putin'x", 'Putinism, Putin.', 'Putin\u0301 Putin']],
  [['Vladimir Putin', 'Putin'], 'de', ['Wladimir Putins und Vladimir Putin', 'Putines Putin']],
  [
    ['Володимир Путін', 'Путін'],
    'uk',
    ['Володимира Путіна і Путіну', 'Путінізм Путін', 'Путінові, Путіним', 'аПутін Путін\u0301'],
  ],
  [['Москва'], 'uk', ['у Москві, Москвою, Москвабад', 'Москва']],
  [['протока'], 'uk', ['протоці протока Протоці протокаа']],
  [['SCO'], 'en', ['SCO, SCO-toppmötet, ESCO, SCOs', "SCO's"]],
  [['G20'], 'en', ['G20 G200 G20s aG20 1G20']],
  [['Ankara'], 'fi', ['Ankarassa Ankaraan Ankarassakin Ankara']],
  [['Xi', 'Xi Jinping'], 'en', ['Xi Jinpings Xi Xiamen Xi Jinping']],
  [['summit'], 'en', ['Summit summits summit, resummit']],
  [['Kreml'], 'de', ['des Kremls, Kremlin, Kreml']],
  [['𝒳i'], 'en', ['𝒳i 𝒳i𝒳 a𝒳i']],
  [['C++', '2022'], 'en', ['C++ 2022 C++x 20222']],
];

describe('PinnedFormFinder', () => {
  for (const [forms, lang, texts] of cases) {
    it(`finds ${forms.join(' / ')} in ${lang} where the guarded pattern does`, () => {
      for (const text of texts)
        expect(found(forms, lang, text), text).toEqual(guarded(forms, lang, text));
    });
  }

  it('agrees with the guarded pattern on random text built from the forms and their edges', () => {
    const pieces = [
      'Putin',
      "'",
      's',
      'x',
      ' ',
      'Путін',
      'а',
      'ом',
      '\u0301',
      '𝒳',
      '-',
      '2',
      'Vladimir ',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      for (const [forms, lang] of [
        [['Putin'], 'nb'],
        [['Vladimir Putin', 'Putin'], 'en'],
        [['Путін'], 'uk'],
      ] as const) {
        expect(found([...forms], lang, text), text).toEqual(guarded([...forms], lang, text));
      }
    }
  });
});
