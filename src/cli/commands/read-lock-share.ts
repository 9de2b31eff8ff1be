// A check thread needs the lock entries of its own namespaces only (threads share the work by
// namespace, each in every language). Parsing the whole lock in every thread (122 MB at 5 000
// articles × 4 languages) cost each ~1.7 s and the heap room for all of it.

import { readFile } from 'node:fs/promises';
import { checkLock } from '../../locales/check-lock.js';
import { type JournaledLock, readLock } from '../../locales/index.js';

/** Where one namespace's entries stand in the lock's text: `{` up to its matching `}`. */
interface NamespaceSection {
  ns: string;
  from: number;
  to: number;
}

/** One language under "entries", with its namespaces' sections in the order printed. */
interface LanguageSection {
  lang: string;
  namespaces: NamespaceSection[];
}

/** A language's or namespace's key found on its line, and where the `{` after it stands. */
interface KeyLine {
  key: string;
  brace: number;
}

const ENTRIES = '\n  "entries": {\n';
const ENTRIES_END = '\n  }';
/** How the key lines of languages and namespaces start and end, and their closing lines. */
const LANGUAGE_LINE = '    "';
const NAMESPACE_LINE = '      "';
const KEY_LINE_END = '": {\n';
const LANGUAGE_END = '\n    }';
const NAMESPACE_END = '\n      }';
/** Keys that would reach Object.prototype: `readLock` refuses them, with its message. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The lock with the entries of the namespaces `mine` accepts, and everything outside "entries"
 * (journal, billing) whole. `entries[lang]` is there iff `mine` accepts at least one of the
 * language's namespaces (a language without namespaces is never asked about, so it is left out).
 * The caller gives every (language, namespace) to exactly one thread, and the other namespaces'
 * sections are left unparsed here: the threads that own them parse them, so between all threads
 * every byte is still parsed and checked. Anything unexpected (another layout, a part that does not
 * parse or check) falls back to `readLock`, which gives the very lock or error a whole read gives.
 */
export async function readLockShare(
  file: string,
  mine: (lang: string, ns: string) => boolean,
): Promise<JournaledLock> {
  let text: string;
  try {
    // Decoded whole, once: `readFile(file, 'utf8')` gives the text in chunks, which the first
    // search then copies into one string (~0.1 s more at 122 MB).
    text = (await readFile(file)).toString('utf8');
  } catch {
    return readLock(file);
  }
  try {
    const languages = findLanguages(text);
    if (!languages || languages.some(hasUnsafeKey)) return readLock(file);
    const data = JSON.parse(outline(text, languages)) as { entries?: unknown };
    if (!sameOutline(data.entries, languages)) return readLock(file);
    return checkLock({ ...data, entries: parseShare(text, languages, mine) }, text, file);
  } catch {
    return readLock(file);
  }
}

/**
 * The lock's language and namespace sections under "entries", as `formatLock` prints them (a key
 * line per language at four spaces and per namespace at six, each closed by `}` at the same
 * indent); undefined for any other layout. Only a hint: `readLockShare` accepts it once the
 * outline and its own parts parse.
 */
function findLanguages(text: string): LanguageSection[] | undefined {
  const start = text.indexOf(ENTRIES);
  if (start < 0) return undefined;
  const languages: LanguageSection[] = [];
  let at = start + ENTRIES.length;
  for (;;) {
    const line = keyLine(LANGUAGE_LINE, text, at);
    if (!line) return undefined;
    const found = findNamespaces(text, line.brace + 2);
    if (!found) return undefined;
    languages.push({ lang: line.key, namespaces: found.namespaces });
    at = found.end;
    if (text.startsWith(',\n', at)) at += 2;
    else if (text.startsWith(ENTRIES_END, at)) return languages;
    else return undefined;
  }
}

/**
 * One language's namespace sections, from just after its `{` and newline, and where the language's
 * closing `}` ends. A language without namespaces is printed `{\n\n    }`, one without keys
 * `{\n\n      }`: the closing line follows at once.
 */
function findNamespaces(
  text: string,
  at: number,
): { namespaces: NamespaceSection[]; end: number } | undefined {
  const namespaces: NamespaceSection[] = [];
  if (text.startsWith(LANGUAGE_END, at)) return { namespaces, end: at + LANGUAGE_END.length };
  for (;;) {
    const line = keyLine(NAMESPACE_LINE, text, at);
    if (!line) return undefined;
    const close = namespaceEnd(text, line.brace);
    if (close < 0) return undefined;
    const to = close + NAMESPACE_END.length;
    namespaces.push({ ns: line.key, from: line.brace, to });
    if (text.startsWith(LANGUAGE_END, to)) return { namespaces, end: to + LANGUAGE_END.length };
    if (!text.startsWith(',\n', to)) return undefined;
    at = to + 2;
  }
}

/**
 * Where the first closing line at six spaces after `at` starts: keys sit at eight spaces, one per
 * line, and no string holds a newline, so it is the namespace's. Found newline by newline, as
 * `indexOf(NAMESPACE_END)` is four times slower: V8 searches patterns of seven characters and more
 * with Boyer-Moore-Horspool, which skips little over indented lines.
 */
function namespaceEnd(text: string, at: number): number {
  for (let line = text.indexOf('\n', at); line >= 0; line = text.indexOf('\n', line + 1)) {
    if (text.startsWith(NAMESPACE_END, line)) return line;
  }
  return -1;
}

/**
 * The key line at `at` that starts as `lineStart` does, if there is one. No string holds a
 * newline, so the key ends at the first `": {` and newline after it. Found without a regex, which
 * would keep the whole text alive (as `RegExp.input`) until the next match. Throws on a key JSON
 * refuses.
 */
function keyLine(lineStart: string, text: string, at: number): KeyLine | undefined {
  if (!text.startsWith(lineStart, at)) return undefined;
  const end = text.indexOf(KEY_LINE_END, at);
  if (end < 0) return undefined;
  const key = JSON.parse(text.slice(at + lineStart.length - 1, end + 1)) as string;
  return { key, brace: end + KEY_LINE_END.length - 2 };
}

function hasUnsafeKey({ lang, namespaces }: LanguageSection): boolean {
  return UNSAFE.has(lang) || namespaces.some(({ ns }) => UNSAFE.has(ns));
}

/** The lock's text with each namespace's entries left out: `{}` in their place. */
function outline(text: string, languages: readonly LanguageSection[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const { namespaces } of languages) {
    for (const section of namespaces) {
      pieces.push(text.slice(from, section.from), '{}');
      from = section.to;
    }
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/**
 * The outline's entries hold the found languages, each holding the found namespaces, each empty,
 * and nothing else. Compared as sets, not in order: JavaScript lists integer-like keys (a
 * namespace "404") first, which would send such locks to the slow path for nothing.
 */
function sameOutline(entries: unknown, languages: readonly LanguageSection[]): boolean {
  const langs = languages.map(({ lang }) => lang);
  return (
    holdsExactly(entries, langs) &&
    languages.every(({ lang, namespaces }) => sameNamespaces(entries[lang], namespaces))
  );
}

/** One language in the outline holds the found namespaces, each empty, and nothing else. */
function sameNamespaces(outlined: unknown, namespaces: readonly NamespaceSection[]): boolean {
  const names = namespaces.map(({ ns }) => ns);
  return holdsExactly(outlined, names) && names.every((ns) => isEmptyRecord(outlined[ns]));
}

/**
 * `value` is an object with these keys and no other. A key found twice leaves the object one key
 * short (JSON keeps the last), so the counts differ.
 */
function holdsExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    Object.keys(value).length === keys.length &&
    keys.every((key) => Object.hasOwn(value, key))
  );
}

/** The entries of the namespaces `mine` accepts, parsed; a language with none is left out. */
function parseShare(
  text: string,
  languages: readonly LanguageSection[],
  mine: (lang: string, ns: string) => boolean,
): Record<string, Record<string, unknown>> {
  const entries: Record<string, Record<string, unknown>> = {};
  for (const { lang, namespaces } of languages) {
    for (const { ns, from, to } of namespaces) {
      if (!mine(lang, ns)) continue;
      entries[lang] ??= {};
      entries[lang][ns] = JSON.parse(text.slice(from, to));
    }
  }
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyRecord(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).length === 0;
}
