// Swedish words that show a text was left (partly) in Swedish: the frequent function words and the
// everyday vocabulary of news and user interfaces. Which of them count depends on the target
// language: many are also ordinary words there (`man`, `under`, `in` in English; `den`, `ja` in German).

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const SWEDISH_WORDS = words(`
och att det som en ett på är av för med till den de har inte om i jag var men så vi han hon man
kan ska skall skulle vara blir blev bli från när efter under mellan också eller där här vad hur vem
vilka vilken vilket varför sin sina sitt sig dem deras dess detta denna dessa alla allt andra annat
annan bara redan fortfarande aldrig alltid mycket mer mest många flera några någon något ingen inga
inget nu då sedan samt både än mot vid hos genom inom kring trots utan över enligt före innan medan
eftersom därför dock även dessutom ju väl nog ut upp ner in fram bort hem hit dit kommer kom kunde
måste får fick gör gjorde sade sa säger sägs finns fanns hade haft varit blivit ha göra ta tar tog
ger gav går gick vill ville behöver mig dig oss er honom henne min mitt mina din ditt dina vår vårt
våra ert era hans hennes ny nya nytt stor stora stort större största liten lilla små första sista ja
nej idag igår imorgon dag dagen år året åren gång gången tiden mindre bättre bästa inför samtidigt
tillsammans ännu just helt själv själva egen egna eget varje vardera respektive bland länge lite
ganska hela vars åt tills sen därmed alltså kanske ibland snart senare tidigare nästan ungefär
spara avbryt stäng öppna sök sökning logga inloggad utloggad inställningar meny hjälp ladda laddar
visa dölj redigera radera lägg skicka nästa föregående tillbaka fortsätt klar fel varning bekräfta
nyheter nyhet senaste läs prenumerera konto lösenord användare användarnamn namn dela kopiera ändra
ändringar välj vald sida sidan sidor artikel artikeln artiklar kommentar kommentarer kontakta villkor
tack försök igen uppdatera uppdaterad uppdaterades publicerad publicerades skriven foto bild bilden
bilder källa fakta timme timmar minut minuter sekunder dagar veckor månader filer fil mapp skapa
sparad sparat sparade misslyckades lyckades okänt okänd obligatoriskt ogiltig ogiltigt språk svenska
engelska tyska välkommen hej hittades sökresultat träffar fler färre läsa laddas avsluta starta
börja godkänn neka acceptera tillåt
`);

/** Words that, left in a translation, show Swedish on their own; others need a second piece of evidence. */
export const STRONG_SWEDISH_WORDS = words(`
och inte också är från när utan mycket någon något några eller där här vilket vilka därför
eftersom enligt sedan dessutom fortfarande tillsammans samtidigt samt även dock mellan genom inom
kommer skulle blev vilken varför hur vad redan bara aldrig alltid många inga detta denna dessa
deras honom henne hennes sina sitt för av det som ett har hade kan
`);

/**
 * Swedish words that are also ordinary words of another language, by primary language subtag.
 * Nordic targets use {@link SWEDISH_NOT_SCANDINAVIAN} instead: they share most of the list.
 */
export const ALSO_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words(`de en vis per lite i man under till men den var tar ta sin er mot vid hon dem just in hit dit om ha ut dig
    min hans hem tack sen bland fil kom fel ja`),
  de: words(`vis samt in man den dem er ja bild foto konto artikel kommentar alternativ resultat`),
  nl: words(`in man den dem er ja om hem hij tar foto`),
  fr: words(`en de i sa ta son mot vis est dit`),
  es: words(`en de sin son ha ya foto`),
  it: words(`i in men fin ha foto`),
  pt: words(`em de sin foto`),
  fi: words(`foto`),
  pl: words(`i foto`),
};

/**
 * Swedish words that are not Norwegian (bokmål, nynorsk) or Danish. Left out on purpose: words
 * one of them also has (`vid` wide, `tog` train, `kunde` customer, Danish `aldrig`, nynorsk `utan`).
 */
export const SWEDISH_NOT_SCANDINAVIAN = words(`
logga inloggad utloggad prenumerera ladda laddar dela hem fler
och att är inte också jag någon något några från när mycket hur vad varför vem vilken vilket vilka
där här sina honom hon deras dess detta denna dessa alla allt andra bara redan fortfarande många
flera inga sedan än genom inom trots över enligt före medan därför dock även dessutom väl upp måste
fick gör säger finns fanns hade varit blivit göra ger gick behöver mina dina våra nya stora lilla
första sista idag igår bättre bästa tillsammans ännu själv egna varje bland hela tills alltså kanske
ibland senare tidigare nästan ungefär spara stäng sök inställningar hjälp dölj redigera radera lägg
skicka nästa föregående tillbaka fortsätt fel varning bekräfta senaste läs lösenord användare namn
kopiera ändra välj sida artiklar kontakta villkor tack försök uppdatera publicerad bild källa timme
timmar dagar veckor månader skapa misslyckades okänd ogiltig svenska engelska tyska välkommen
avsluta börja godkänn acceptera tillåt
`);
