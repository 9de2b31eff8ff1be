import { maskedOf } from './analysis.js';
import type { CheckEntry, EntryCheck } from './types.js';

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
const MARKS = /[()[\]"“”„«»‹›]/;
// Languages pair double quotes differently ("…" ”…” „…“ «…» »…«), so only their number is telling.
const DOUBLE_QUOTES = /["“”„«»]/g;
const ANGLE_SINGLES = /[‹›]/g;

interface Balance {
  brackets: string | undefined;
  quotes: boolean;
  singles: boolean;
  /** Number of double quotation marks. */
  doubles: number;
}

/**
 * Swedish marks speech with a dash ("– Vi håller fast …, sade Putin."); English and German
 * translations use quotation marks, which open in one segment and close in the next when the
 * speech runs over several sentences. Marks that only open the text or close the speech before
 * its attribution are that convention, not a mistake.
 */
function quotesOnlyFrameSpeech(text: string): boolean {
  return [...text.matchAll(DOUBLE_QUOTES)].every((m) => {
    const before = text.slice(0, m.index).trimEnd();
    const after = text.slice(m.index + 1);
    return before === '' || /[,.!?…]$/.test(before) || /^,/.test(after);
  });
}

function bracketProblem(text: string): string | undefined {
  const stack: string[] = [];
  for (const char of text) {
    const close = CLOSING[char];
    if (close) stack.push(close);
    else if ((char === ')' || char === ']') && stack.pop() !== char) {
      return `"${char}" has no opening bracket`;
    }
  }
  const left = stack.pop();
  return left === undefined ? undefined : `a bracket is not closed with "${left}"`;
}

const BALANCED: Balance = { brackets: undefined, quotes: true, singles: true, doubles: 0 };

function balanceOf(maskedText: string): Balance {
  if (!MARKS.test(maskedText)) return BALANCED;
  // Placeholders and tags use braces and angle brackets of their own (a broken placeholder is the
  // placeholder check's finding); list markers "1)" are not brackets.
  const masked = maskedText.replace(/(?:^|\s)(?:\d{1,2}|[a-z])\)(?=\s)/g, ' ');
  const doubles = masked.match(DOUBLE_QUOTES)?.length ?? 0;
  return {
    brackets: bracketProblem(masked),
    quotes: doubles % 2 === 0,
    doubles,
    singles: (masked.match(ANGLE_SINGLES)?.length ?? 0) % 2 === 0,
  };
}

/**
 * Brackets and quotation marks must be balanced in the translation. A segment cut out of a longer
 * quotation is unbalanced in the source too; then the translation may be as well.
 */
export function checkBracketsQuotes(entry: CheckEntry): string[] {
  const source = entry.analyse('source', 'balance', () => balanceOf(maskedOf(entry, 'source')));
  // An entry's target is read once: nothing to remember it for.
  const target = balanceOf(maskedOf(entry, 'target'));
  const messages: string[] = [];
  if (target.brackets && !source.brackets)
    messages.push(`Unbalanced brackets: ${target.brackets}.`);
  if (
    !target.quotes &&
    source.quotes &&
    !(source.doubles === 0 && quotesOnlyFrameSpeech(entry.target))
  ) {
    messages.push('Unbalanced quotation marks: one is not closed.');
  }
  if (!target.singles && source.singles) messages.push('Unbalanced quotation marks (‹ ›).');
  return messages.length > 1 ? [messages.join(' ')] : messages;
}

export const bracketsQuotesCheck: EntryCheck = {
  id: 'brackets-quotes',
  severity: 'warning',
  scope: 'entry',
  textOnly: true,
  check: checkBracketsQuotes,
};
