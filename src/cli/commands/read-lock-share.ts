// A check thread needs the lock entries of its own namespaces only (threads share the work by
// namespace, each in every language). Parsing the whole lock in every thread (122 MB at 5 000
// articles × 4 languages) cost each ~1.7 s and the heap room for all of it. Decoding it whole to a
// string cost each thread another 0.3–0.5 s, so the sections are found in the file's bytes and
// only the thread's own sections, and the outline around them, are decoded.

import { readFile } from 'node:fs/promises';
import { checkLock } from '../../locales/check-lock.js';
import { type JournaledLock, readLock } from '../../locales/index.js';
import type { LockEntry } from '../../types.js';
import { readSharedLockBytes, type SharedLockBytes } from './shared-lock-bytes.js';

/** Where one namespace's entries stand in the lock's bytes: `{` up to its matching `}`. */
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

/**
 * The layout's markers, as bytes. All ASCII: in UTF-8 every byte of a multi-byte character is
 * 0x80 or more, so a match never falls inside one, and every offset found is a character boundary.
 */
const ascii = (marker: string): Buffer => Buffer.from(marker, 'latin1');
const ENTRIES = ascii('\n  "entries": {\n');
const ENTRIES_END = ascii('\n  }');
/** How the key lines of languages and namespaces start and end, and their closing lines. */
const LANGUAGE_LINE = ascii('    "');
const NAMESPACE_LINE = ascii('      "');
const KEY_LINE_END = ascii('": {\n');
const LANGUAGE_END = ascii('\n    }');
const NAMESPACE_END = ascii('\n      }');
const NEXT = ascii(',\n');
const NEWLINE = 0x0a;
const CLOSING_BRACE = 0x7d;
/** Where the `}` of a namespace's closing line stands in it. */
const NAMESPACE_END_BRACE = NAMESPACE_END.length - 1;
/** Keys that would reach Object.prototype: `readLock` refuses them, with its message. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** A thread's share of the lock, and the entries of other namespaces when it takes over their checks. */
export interface LockShare {
  lock: JournaledLock;
  /**
   * The entries of a (language, namespace) the share left out, parsed and checked as `readLock`
   * checks them; undefined when the lock holds none. Throws on a section that does not parse.
   */
  more(lang: string, ns: string): Record<string, LockEntry> | undefined;
}

/**
 * The lock with the entries of the namespaces `mine` accepts, and everything outside "entries"
 * (journal, billing) whole. `entries[lang]` is there iff `mine` accepts at least one of the
 * language's namespaces (a language without namespaces is never asked about, so it is left out).
 * The other namespaces' sections are left unparsed, even undecoded, here: the caller parses them
 * when it needs them (`openLockShare`'s `more`), or another thread does, so that every byte is
 * still parsed and checked. Anything unexpected (another layout, a part that does not parse or
 * check) falls back to `readLock`, which gives the very lock or error a whole read gives.
 */
export async function readLockShare(
  file: string,
  mine: (lang: string, ns: string) => boolean,
): Promise<JournaledLock> {
  return (await openLockShare(file, mine)).lock;
}

/**
 * `readLockShare`, keeping the bytes to parse other sections on demand (`more`). `shared` is the
 * memory the threads read the lock into together: every thread reads the same bytes, and none
 * holds a copy of its own.
 */
export async function openLockShare(
  file: string,
  mine: (lang: string, ns: string) => boolean,
  shared?: SharedLockBytes,
): Promise<LockShare> {
  let bytes: Buffer;
  try {
    bytes = (shared && readSharedLockBytes(shared, file)) || (await readFile(file));
  } catch {
    return whole(await readLock(file));
  }
  try {
    const languages = findLanguages(bytes);
    if (!languages || languages.some(hasUnsafeKey)) return whole(await readLock(file));
    const data = JSON.parse(outline(bytes, languages)) as { entries?: unknown };
    if (!sameOutline(data.entries, languages)) return whole(await readLock(file));
    // checkLock reads its text only to give the line of an error, and any error here gives way to
    // readLock's. No text of ours would give true lines (the outline lacks the entries' lines), so
    // it gets none: an error without a line rather than one at a wrong line.
    const lock = checkLock({ ...data, entries: parseShare(bytes, languages, mine) }, '', file);
    return { lock, more: sectionReader(bytes, languages, file) };
  } catch {
    return whole(await readLock(file));
  }
}

/** A lock read whole: every section is in it, so there is never more to parse. */
function whole(lock: JournaledLock): LockShare {
  return { lock, more: () => undefined };
}

/** Parses one (language, namespace) section of the bytes when asked, checked as the lock's entries. */
function sectionReader(
  bytes: Buffer,
  languages: readonly LanguageSection[],
  file: string,
): LockShare['more'] {
  const sections = new Map<string, NamespaceSection>();
  for (const { lang, namespaces } of languages) {
    for (const section of namespaces) sections.set(`${lang}\u0000${section.ns}`, section);
  }
  return (lang, ns) => {
    const section = sections.get(`${lang}\u0000${ns}`);
    if (!section) return undefined;
    const keys = JSON.parse(bytes.toString('utf8', section.from, section.to)) as unknown;
    return checkLock({ version: 1, entries: { [lang]: { [ns]: keys } } }, '', file).entries[lang]![
      ns
    ];
  };
}

/**
 * The lock's language and namespace sections under "entries", as `formatLock` prints them (a key
 * line per language at four spaces and per namespace at six, each closed by `}` at the same
 * indent); undefined for any other layout. Only a hint: `readLockShare` accepts it once the
 * outline and its own parts parse.
 */
function findLanguages(bytes: Buffer): LanguageSection[] | undefined {
  const start = bytes.indexOf(ENTRIES);
  if (start < 0) return undefined;
  const languages: LanguageSection[] = [];
  let at = start + ENTRIES.length;
  for (;;) {
    const line = keyLine(LANGUAGE_LINE, bytes, at);
    if (!line) return undefined;
    const found = findNamespaces(bytes, line.brace + 2);
    if (!found) return undefined;
    languages.push({ lang: line.key, namespaces: found.namespaces });
    at = found.end;
    if (holdsAt(bytes, NEXT, at)) at += NEXT.length;
    else if (holdsAt(bytes, ENTRIES_END, at)) return languages;
    else return undefined;
  }
}

/**
 * One language's namespace sections, from just after its `{` and newline, and where the language's
 * closing `}` ends. A language without namespaces is printed `{\n\n    }`, one without keys
 * `{\n\n      }`: the closing line follows at once.
 */
function findNamespaces(
  bytes: Buffer,
  at: number,
): { namespaces: NamespaceSection[]; end: number } | undefined {
  const namespaces: NamespaceSection[] = [];
  if (holdsAt(bytes, LANGUAGE_END, at)) return { namespaces, end: at + LANGUAGE_END.length };
  for (;;) {
    const line = keyLine(NAMESPACE_LINE, bytes, at);
    if (!line) return undefined;
    const close = namespaceEnd(bytes, line.brace);
    if (close < 0) return undefined;
    const to = close + NAMESPACE_END.length;
    namespaces.push({ ns: line.key, from: line.brace, to });
    if (holdsAt(bytes, LANGUAGE_END, to)) return { namespaces, end: to + LANGUAGE_END.length };
    if (!holdsAt(bytes, NEXT, to)) return undefined;
    at = to + NEXT.length;
  }
}

/**
 * Where the first closing line at six spaces after `at` starts: keys sit at eight spaces, one per
 * line, and no string holds a newline, so it is the namespace's. Found newline by newline (memchr),
 * as `indexOf(NAMESPACE_END)` is 2.5 times slower: Boyer-Moore-Horspool skips little over
 * indented lines.
 */
function namespaceEnd(bytes: Buffer, at: number): number {
  for (let line = bytes.indexOf(NEWLINE, at); line >= 0; line = bytes.indexOf(NEWLINE, line + 1)) {
    if (closesNamespace(bytes, line)) return line;
  }
  return -1;
}

/**
 * The line starting at `line` closes a namespace. Its `}`, where a key line has a space, is
 * looked at first: that alone turns down a key line, and halves the time of the search.
 */
function closesNamespace(bytes: Buffer, line: number): boolean {
  return bytes[line + NAMESPACE_END_BRACE] === CLOSING_BRACE && holdsAt(bytes, NAMESPACE_END, line);
}

/**
 * The key line at `at` that starts as `lineStart` does, if there is one. No string holds a
 * newline, so the key ends at the first `": {` and newline after it. Only the key's own bytes are
 * decoded: a name may hold escapes and any character. Throws on a key JSON refuses.
 */
function keyLine(lineStart: Buffer, bytes: Buffer, at: number): KeyLine | undefined {
  if (!holdsAt(bytes, lineStart, at)) return undefined;
  const end = bytes.indexOf(KEY_LINE_END, at);
  if (end < 0) return undefined;
  const key = JSON.parse(bytes.toString('utf8', at + lineStart.length - 1, end + 1)) as string;
  return { key, brace: end + KEY_LINE_END.length - 2 };
}

/** `bytes` hold `marker` at `at`. */
function holdsAt(bytes: Buffer, marker: Buffer, at: number): boolean {
  if (at < 0 || at + marker.length > bytes.length) return false;
  for (let i = 0; i < marker.length; i++) {
    if (bytes[at + i] !== marker[i]) return false;
  }
  return true;
}

function hasUnsafeKey({ lang, namespaces }: LanguageSection): boolean {
  return UNSAFE.has(lang) || namespaces.some(({ ns }) => UNSAFE.has(ns));
}

/**
 * The lock's text with each namespace's entries left out: `{}` in their place. Its pieces are cut
 * at ASCII markers, never inside a character, so they decode as they do in the whole text.
 */
function outline(bytes: Buffer, languages: readonly LanguageSection[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const { namespaces } of languages) {
    for (const section of namespaces) {
      pieces.push(bytes.toString('utf8', from, section.from), '{}');
      from = section.to;
    }
  }
  pieces.push(bytes.toString('utf8', from));
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

/**
 * The entries of the namespaces `mine` accepts, decoded and parsed section by section; a language
 * with none is left out.
 */
function parseShare(
  bytes: Buffer,
  languages: readonly LanguageSection[],
  mine: (lang: string, ns: string) => boolean,
): Record<string, Record<string, unknown>> {
  const entries: Record<string, Record<string, unknown>> = {};
  for (const { lang, namespaces } of languages) {
    for (const { ns, from, to } of namespaces) {
      if (!mine(lang, ns)) continue;
      entries[lang] ??= {};
      entries[lang][ns] = JSON.parse(bytes.toString('utf8', from, to));
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
