// Every check, in the order findings are reported for a key. The ids are the contract (issue 6).

import { bracketsQuotesCheck } from './brackets-quotes.js';
import { doubledWordCheck } from './doubled-word.js';
import { emptyCheck } from './empty.js';
import { endPunctuationCheck } from './end-punctuation.js';
import { glossaryCheck } from './glossary.js';
import { inconsistentCheck } from './inconsistent.js';
import { extraKeyCheck, missingKeyCheck } from './keys.js';
import { lengthCheck } from './length.js';
import { markupCheck } from './markup.js';
import { numberCheck } from './number.js';
import { placeholderCheck } from './placeholder.js';
import { pluralCheck } from './plural.js';
import { staleCheck } from './stale.js';
import type { Check } from './types.js';
import { untranslatedCheck } from './untranslated.js';
import { urlCheck } from './url.js';
import { whitespaceCheck } from './whitespace.js';
import { wrongLanguageCheck } from './wrong-language.js';

export const CHECKS: readonly Check[] = [
  missingKeyCheck,
  extraKeyCheck,
  pluralCheck,
  emptyCheck,
  untranslatedCheck,
  wrongLanguageCheck,
  glossaryCheck,
  numberCheck,
  placeholderCheck,
  markupCheck,
  urlCheck,
  endPunctuationCheck,
  bracketsQuotesCheck,
  whitespaceCheck,
  doubledWordCheck,
  lengthCheck,
  staleCheck,
  inconsistentCheck,
];
