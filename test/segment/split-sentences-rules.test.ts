// One example per rule of the segmentation guidelines (../shared/fixtures/segmentation/README.md),
// written for this suite; `‖` marks the expected cuts.

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';

function check(marked: string): void {
  const expected = marked.split(' ‖ ');
  expect(splitSentences(expected.join(' '))).toEqual(expected);
}

const RULES: Record<string, string[]> = {
  'abbreviations that continue the sentence': [
    'Det gäller bl. a. Turkiet och Iran. ‖ Ingen har svarat.',
    'Priset är ca. 45 kronor. ‖ Det är dyrt.',
    'Hon är f.d. statsminister. ‖ Nu är hon pensionär.',
    'Samarbetet gäller fr.o.m. 1 jan. 2023. ‖ Det förlängs sedan.',
    'Många – bl.a. Kina – avstod. ‖ Resten röstade ja.',
    'Fler deltog, dvs. fler än väntat. ‖ Polisen var nöjd.',
    'Rapporten (se s. 45) visar ökningen. ‖ Den publicerades i går.',
    'Han flyttade till St. Petersburg. ‖ Där bor han nu.',
    'Mötet hölls tis. 4 okt. ‖ Nästa möte är i november.',
  ],
  'words that look like abbreviations end the sentence': [
    'Han köpte en bil. ‖ Den var röd.',
    'Forskarna hittade en ny art. ‖ Den lever i havet.',
    'Han var ung. ‖ Sedan blev han politiker.',
    'Det var ett kap. ‖ Alla ville köpa.',
    'Hon har MS. ‖ Det upptäcktes 2019.',
    'Bilen bytte fil. ‖ Sedan kraschade den.',
    'Han citerade Mao. ‖ Sedan gick han.',
    'Se bil. 2 i rapporten. ‖ Den är kort.',
  ],
  'list markers': [
    'Regeringen föreslår: 1. Sänkt skatt, 2. Nytt elstöd. ‖ Kostnaden är hög.',
    '1. Alla ska ha rätt till vård. ‖ 2. Ingen ska vänta.',
  ],
  'abbreviations that end the sentence': [
    'Butiken säljer skor, väskor m.m. ‖ Den öppnar klockan tio.',
    'Telefonen kostar 12 990 kr. ‖ iPhone 14 Pro kostar mer.',
    'Priset gäller gas och el. ‖ Det meddelade bolaget.',
    'Köp 3 st. ‖ Det räcker.',
    'Det var år 500 f.Kr. ‖ Sedan kom romarna.',
    'Kostnaden är 3,5 milj. kr. ‖ Den delas av kommunerna.',
  ],
  'initials and titles': [
    'Talet hölls av George W. Bush. ‖ Det var kort.',
    'Huset ritades av arkitekten A. Ek. ‖ Det stod klart 1920.',
    'Projektet kallades Plan B. ‖ Det lades ned.',
    'Hon vårdas på S:t Görans sjukhus. ‖ Hon mår bra.',
  ],
  'numbers, times, versions, domains': [
    'Mötet börjar kl. 14. ‖ Efter det blir det presskonferens.',
    'Han vann med 9,8 poäng. ‖ Han föddes 12.3.1954 i Lund.',
    'Ring 1177 eller gå in på 1177.se. ‖ Mejla nyheter@tt.se för tips.',
    'Sverige slutade på plats 3. ‖ Norge vann.',
    'Uppdatera till iOS 16.1. ‖ Det rättar felet.',
    'Kina var med från början. ‖ 2001 anslöt Uzbekistan.',
    'Se http://www.regeringen.se/x.html. ‖ Där finns mer.',
  ],
  'quotes and attributions': [
    '”Varför gör ni så här?” frågade hon. ‖ Ingen svarade.',
    '– Nej! svarade han bestämt.',
    '»Hur länge till?« undrar många. ‖ Svaret dröjer.',
    '”Varför just nu?” ‖ Frågan ställs av många.',
    '”Vi vinner. ‖ Det är klart”, sade han.',
    'Han sade: ”Det blir bra.” ‖ Sedan gick han.',
    'Han sa ”nej”. ‖ Sedan gick han.',
    '– Det är bra. ‖ – Nej, det är det inte, sade hon.',
  ],
  'ellipses, brackets, colons': [
    'Han tvekade… ‖ Sedan gick han därifrån.',
    'Han sade att […] Sverige ska vara med.',
    'Och vinnaren är… Sverige!',
    'Mötet varade i två timmar. ‖ (Ett tidigare möte i juni ställdes in.) ‖ Efteråt talade de.',
    'Laget vann (äntligen!) och fansen jublade.',
    'Ta med legitimation (obs!) till vallokalen.',
    'Förslaget innebär följande: Skatten på bensin sänks. ‖ Elstödet förlängs.',
    'Obs! Evenemanget är inställt.',
    'Statsministern (S) talade. ‖ Oppositionen (M) svarade.',
    'Punkterna är 1) skatt, 2) el och 3) bostäder. ‖ Det kostar mycket.',
  ],
  'exclamations and questions': [
    'Vad är nytt? ‖ iPhone 14 är här.',
    'Det här är viktigt!! ‖ Läs noga.',
    'Vad sa du?! ‖ Det kan inte stämma.',
  ],
};

describe('splitSentences follows the segmentation guidelines', () => {
  for (const [rule, examples] of Object.entries(RULES)) {
    it.each(examples)(`${rule}: %s`, (marked) => check(marked));
  }

  it('treats a line break as a hard boundary', () => {
    expect(splitSentences('Foto: Lisa Berglund/TT\nUzbekistan\n2022-09-15 13:23')).toEqual([
      'Foto: Lisa Berglund/TT',
      'Uzbekistan',
      '2022-09-15 13:23',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\u00a0\n')).toEqual([]);
  });
});
