// Function words of the languages a translation is most often mixed up with. Each list also holds
// the homographs a correct text of that language uses every day (English "die", "war", "also"),
// so that one language's list minus another's leaves only words that betray the other language.

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`the and of to is are was were with that this these those which who from have has had
    been would their they there what when where not but its on or into than then about while should
    could our your you she his him them does did because through between without however other some
    any each most will also die war hat so man in an am bin hand fast kind rock as at by for be it
    he we her all my me no do if up out one can may must just over under after before till den men`),
  de: words(`der die das und ist sind war nicht mit auf für sich ein eine einen einem einer zu von
    dem den des im auch wird werden wurde haben hat nach bei aus über wie oder aber noch nur schon
    sein seine ihre ihr sie wir ich es dass zum zur vom beim dieser diese dieses wenn weil durch
    gegen zwischen ohne unter sehr mehr kann können muss soll sollen gibt uns euch ihnen man in an
    am so also will was bin hand er ja um vor bis da wo alle ab`),
  nb: words(`og ikke jeg det er til på som en et av med for har de den vi men om kan skal var fra
    seg hun ham meg deg hva hvordan hvorfor hvem hvor også etter mellom uten noen noe mye bare eller
    kunne hadde vært blitt sier gjør dette disse alle andre når her der sin sine sitt ved over under
    hos mot inn ut opp ned da så nå ja nei vil ville må får fikk ble blir være i`),
  da: words(`og ikke jeg det er til på som en et af med for har de den vi men om kan skal var fra
    sig hun ham mig dig hvad hvordan hvorfor hvem hvor også efter mellem uden nogen noget meget bare
    eller kunne havde været blevet siger gør dette disse alle andre når her der sin sine sit ved
    over under hos mod ind ud op ned da så nu ja nej vil ville må får fik blev bliver være i`),
  sv: words(`och att det som en ett på är av för med till den de har inte om jag var men så vi han
    hon man kan ska skulle vara blir blev från när efter under mellan också eller där här vad hur
    vem vilka vilken vilket sin sina sitt sig dem deras dess detta denna dessa alla andra bara
    redan mycket många några någon något ingen inga inget nu då sedan än mot vid hos genom utan över
    enligt eftersom därför även ut upp in i`),
  nl: words(`het een van de en is zijn niet met op voor dat die te er aan ook als bij maar om nog
    wel geen worden wordt werd naar uit over dan door heeft hebben kan zal zou deze dit wat wie hoe
    waar onze jullie hun zich mij ons in was`),
  fr: words(`le la les des du et est une un pour dans que qui sur pas plus avec par ce cette ces
    sont été être au aux ne se il elle ils elles nous vous leur leurs mais ou où comme aussi très
    sans entre selon de en a`),
  es: words(`el los las del y es está son una uno por para con que se su sus al lo como más pero
    también muy sin sobre entre desde hasta cuando donde fue ha han hay de en la a`),
};

/** The writing system a language is written in, when it is not Latin. */
export const SCRIPTS: Readonly<Record<string, RegExp>> = {
  uk: /\p{Script=Cyrillic}/u,
  ru: /\p{Script=Cyrillic}/u,
  be: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
  mk: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
  ky: /\p{Script=Cyrillic}/u,
  mn: /\p{Script=Cyrillic}/u,
  tg: /\p{Script=Cyrillic}/u,
  el: /\p{Script=Greek}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ur: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  hi: /\p{Script=Devanagari}/u,
  mr: /\p{Script=Devanagari}/u,
  ne: /\p{Script=Devanagari}/u,
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u,
  ka: /\p{Script=Georgian}/u,
  hy: /\p{Script=Armenian}/u,
};

/** Which of the Swedish letters å, ä, ö a language writes natively. */
export const NATIVE_SWEDISH_LETTERS: Readonly<Record<string, string>> = {
  sv: 'åäö',
  de: 'äö',
  fi: 'äöå',
  et: 'äö',
  nb: 'å',
  nn: 'å',
  no: 'å',
  da: 'å',
  is: 'ö',
  tr: 'ö',
  hu: 'ö',
  sk: 'ä',
};

export function primaryLanguage(tag: string): string {
  // Asked for every entry by several checks, about a handful of tags per run.
  let primary = primaries.get(tag);
  if (primary === undefined) {
    primary = (tag.split(/[-_]/)[0] ?? '').toLowerCase();
    primaries.set(tag, primary);
  }
  return primary;
}

const primaries = new Map<string, string>();
