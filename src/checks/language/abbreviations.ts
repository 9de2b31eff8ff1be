// Abbreviations that end with a period without ending a sentence, by primary language.
// A text that ends with one ("… at 1.23 p.m.") has no sentence-final period to compare.

import { primaryLanguage } from './profiles.js';

const list = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

export const ABBREVIATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  sv: list('osv m.m bl.a t.ex kr milj mdr ca kl st resp ev dvs m.fl fr.o.m t.o.m jfr s.k f.d nr'),
  en: list(
    'etc inc ltd co corp jr sr approx no vol vs dept govt p.m a.m e.g i.e st mr mrs dr prof',
  ),
  de: list(
    'usw bzw etc ca nr mio mrd str jh abb ggf inkl zzgl u.a v.a z.b d.h s.o s.u o.ä u.ä bzw',
  ),
  nb: list('osv mfl kl ca nr mill mrd bl.a f.eks kr dvs m.m'),
  da: list('osv mfl kl ca nr mio mia bl.a f.eks kr dvs m.m'),
  uk: list('р рр ст тис млн млрд грн тощо див п'),
  ru: list('г гг ст тыс млн млрд руб см т.д т.п'),
  fr: list('etc av apr env'),
  es: list('etc sr sra núm aprox'),
};

/** The last word before a final period is an abbreviation, not the end of a sentence. */
export function endsWithAbbreviation(text: string, lang: string): boolean {
  // The last word is short or dotted in every abbreviation; most sentences end in a long word.
  const lastSpace = Math.max(text.lastIndexOf(' '), text.lastIndexOf('('));
  const last = text.slice(lastSpace + 1, -1);
  if (last.length > 7 && !last.includes('.')) return false;
  if (!/^(?:\p{L}{1,3}\.)*\p{L}+$/u.test(last)) return false;
  const word = last.toLowerCase();
  // "p.m.", "U.S.", "z.B.": dotted initials are always abbreviations.
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return true;
  const primary = primaryLanguage(lang);
  return ABBREVIATIONS[primary]?.has(word) ?? false;
}
