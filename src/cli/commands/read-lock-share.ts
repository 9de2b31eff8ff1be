// A check thread needs the lock entries of its own languages only. Parsing the whole lock in every
// thread (122 MB at 5 000 articles × 4 languages) cost each ~1.7 s and the heap room for all of it.

import { readFile } from 'node:fs/promises';
import { checkLock } from '../../locales/check-lock.js';
import { type JournaledLock, readLock } from '../../locales/index.js';

/** Where one language's namespaces stand in the lock's text: `{` up to its matching `}`. */
interface Section {
  lang: string;
  from: number;
  to: number;
}

const ENTRIES = '\n  "entries": {\n';
const LANGUAGE = /( {4})("(?:[^"\\\n]|\\.)*"): \{\n/y;
const LANGUAGE_END = '\n    }';
/** Keys that would reach Object.prototype: `readLock` refuses them, with its message. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The lock's language sections under "entries", as `formatLock` prints them (one language per
 * line at four spaces, closed by `}` at four spaces); undefined for any other layout. Only a hint:
 * `readLockShare` accepts it once the parts parse.
 */
function findSections(text: string): Section[] | undefined {
  const start = text.indexOf(ENTRIES);
  if (start < 0) return undefined;
  const sections: Section[] = [];
  let at = start + ENTRIES.length;
  for (;;) {
    LANGUAGE.lastIndex = at;
    const line = LANGUAGE.exec(text);
    if (!line) return undefined;
    const from = at + line[0].length - 2;
    const end = text.indexOf(LANGUAGE_END, from);
    if (end < 0) return undefined;
    sections.push({ lang: JSON.parse(line[2]!) as string, from, to: end + LANGUAGE_END.length });
    at = end + LANGUAGE_END.length;
    if (text.startsWith(',\n', at)) at += 2;
    else if (text.startsWith('\n  }', at)) return sections;
    else return undefined;
  }
}

/**
 * The lock with the entries of the languages `mine` accepts, and everything outside "entries"
 * (journal, billing) whole. The other languages' sections are left unparsed: the threads that own
 * them parse them, so between all threads every byte is still parsed and checked. Anything
 * unexpected (another layout, a part that does not parse or check) falls back to `readLock`, which
 * gives the very lock or error a whole read gives.
 */
export async function readLockShare(
  file: string,
  mine: (lang: string) => boolean,
): Promise<JournaledLock> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return readLock(file);
  }
  try {
    const sections = findSections(text);
    if (!sections || sections.some(({ lang }) => UNSAFE.has(lang))) return readLock(file);
    // The lock with each language's namespaces left out: `{}` in their place.
    let outline = '';
    let from = 0;
    for (const section of sections) {
      outline += `${text.slice(from, section.from)}{}`;
      from = section.to;
    }
    outline += text.slice(from);
    const data = JSON.parse(outline) as { entries?: unknown };
    if (!sameLanguages(data.entries, sections)) return readLock(file);
    const entries: Record<string, unknown> = {};
    for (const { lang, from, to } of sections) {
      if (mine(lang)) entries[lang] = JSON.parse(text.slice(from, to));
    }
    return checkLock({ ...data, entries }, text, file);
  } catch {
    return readLock(file);
  }
}

/** The outline's entries hold the sections' languages, once each, in order, each empty. */
function sameLanguages(entries: unknown, sections: readonly Section[]): boolean {
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return false;
  const langs = Object.keys(entries);
  return (
    langs.length === sections.length &&
    sections.every(({ lang }, i) => {
      const value = (entries as Record<string, unknown>)[lang];
      return (
        langs[i] === lang &&
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length === 0
      );
    })
  );
}
