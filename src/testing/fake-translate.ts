import { escapeRegExp } from '../glossary/escape-regexp.js';
import { isCyrillicTarget, transliterateCyrillic, wordTableFor } from './fake-words.js';

export interface FakeTranslateOptions {
  /** Source term → target term, applied before anything else (DeepL glossary semantics). */
  glossary?: ReadonlyMap<string, string>;
  /** Tags whose content is never translated (`ignore_tags`). */
  ignoreTags?: readonly string[];
}

// Spans never touched: XML/HTML tags, i18next and ICU placeholders, printf-style slots.
const PROTECTED = /<[^<>]*>|\{\{[^{}]*\}\}|\{[^{}\s]*\}|\$t\([^)]*\)|%(?:\d+\$)?[sd]/gu;
const WORD = /\p{L}[\p{L}\p{M}]*/gu;

const glossaryPatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

/** One alternation, longest first, bounded by non-letters: linear in the text, cached per glossary. */
function glossaryPattern(glossary: ReadonlyMap<string, string>): RegExp | undefined {
  if (glossary.size === 0) return undefined;
  let pattern = glossaryPatterns.get(glossary);
  if (!pattern) {
    const sources = [...glossary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    glossaryPatterns.set(glossary, pattern);
  }
  return pattern;
}

function matchCase(source: string, target: string): string {
  if (source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) {
    return target.toUpperCase();
  }
  const first = source[0] ?? '';
  if (first !== first.toLowerCase()) return (target[0] ?? '').toUpperCase() + target.slice(1);
  return target;
}

function translateWord(
  word: string,
  target: string,
  table: ReadonlyMap<string, string> | undefined,
) {
  const known = table?.get(word.toLowerCase());
  if (known !== undefined) return matchCase(word, known);
  const first = word[0] ?? '';
  const capitalised = first !== first.toLowerCase();
  if (isCyrillicTarget(target)) return transliterateCyrillic(word);
  // Capitalised words the table does not know are taken for names and kept, like a real engine.
  if (capitalised || word.length < 4) return word;
  return [...word].reverse().join('');
}

function translatePlain(text: string, target: string): string {
  const table = wordTableFor(target);
  return text.replace(WORD, (word) => translateWord(word, target, table));
}

function translateUnprotected(text: string, target: string, options: FakeTranslateOptions) {
  const pattern = options.glossary ? glossaryPattern(options.glossary) : undefined;
  if (!pattern || !options.glossary) return translatePlain(text, target);
  const glossary = options.glossary;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += translatePlain(text.slice(last, match.index), target);
    out += glossary.get(match[0]) ?? match[0];
    last = match.index + match[0].length;
  }
  return out + translatePlain(text.slice(last), target);
}

function protectedPattern(ignoreTags: readonly string[] | undefined): RegExp {
  if (!ignoreTags || ignoreTags.length === 0) return PROTECTED;
  const names = ignoreTags.map(escapeRegExp).join('|');
  const ignored = `<(${names})\\b[^<>]*(?<!/)>[\\s\\S]*?</\\1\\s*>`;
  return new RegExp(`${ignored}|${PROTECTED.source}`, 'gu');
}

/**
 * The mock's deterministic stand-in for a translation into `target` (a DeepL code such as `DE`, `EN-GB`).
 * Glossary entries are applied first and come out exactly as given. Tags (`<x id="1"/>`, and the
 * content of `ignoreTags`), `{{placeholders}}`, numbers, punctuation and whitespace are kept as they are.
 * Frequent Swedish words are looked up in a small table (English, German, Bokmål, Ukrainian);
 * other words are transliterated into Cyrillic for Cyrillic targets, and otherwise a capitalised
 * word is kept (taken for a name) while a lower-case word of four letters or more is written backwards,
 * so the output plainly differs from the Swedish. Same input, same output.
 */
export function fakeTranslate(text: string, target: string, options: FakeTranslateOptions = {}) {
  const pattern = protectedPattern(options.ignoreTags);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out += translateUnprotected(text.slice(last, match.index), target, options);
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + translateUnprotected(text.slice(last), target, options);
}
