// DeepL's own (v3 multilingual) glossaries, synced idempotently: the name carries the entries' hash,
// an unchanged glossary is reused without a create request, a changed one replaces the old one.

import { type DeepLClient, GlossaryEntries, type MultilingualGlossaryInfo } from 'deepl-node';
import { UserError } from '../errors.js';
import { toGlossaryLanguage } from './deepl-languages.js';
import type { PairGlossary } from './types.js';

export interface GlossarySyncResult {
  created: string[];
  reused: string[];
  deleted: string[];
  /** Pairs DeepL has no glossaries for (terms are verified by the glossary check only). */
  skipped: string[];
}

/** Runs one deepl-node call with tolk's retry policy. */
export type DeeplGlossarySend = <T>(what: string, fn: () => Promise<T>) => Promise<T>;

export interface DeeplGlossaries {
  /** The pair's glossary id, created when needed; undefined when DeepL cannot use one for the pair. */
  ensure(pair: PairGlossary): Promise<string | undefined>;
  /** Waits for the deletion of replaced glossaries, which `ensure` does not wait for; rejects if one failed. */
  settled(): Promise<void>;
  readonly result: GlossarySyncResult;
}

const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;
// Tabs and line breaks would break DeepL's TSV; C0/C1 controls and U+2028/9 are rejected by DeepL.
const FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;

function hashPart(hash: string): string {
  return hash.replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
}

/** `tolk-sv-en-GB-<hash>`: the pair tells which old glossaries to replace, the hash whether to reuse. */
export function glossaryName(pair: PairGlossary): string {
  return `tolk-${pair.source}-${pair.target}-${hashPart(pair.hash)}`;
}

function isOlderVersion(name: string, pair: PairGlossary): boolean {
  const prefix = `tolk-${pair.source}-${pair.target}-`;
  return name.startsWith(prefix) && /^[A-Za-z0-9]+$/.test(name.slice(prefix.length));
}

function entryProblem(term: string): string | undefined {
  if (term.length === 0) return 'is empty';
  if (term.trim() !== term) return 'has leading or trailing whitespace';
  if (FORBIDDEN.test(term)) return 'contains a tab, line break or control character';
  return undefined;
}

/** DeepL's entry rules, checked before sending so the message can name the entry. */
export function checkGlossaryEntries(pair: PairGlossary): void {
  let bytes = 0;
  for (const [source, target] of Object.entries(pair.entries)) {
    const problem = entryProblem(source) ?? entryProblem(target);
    if (problem) {
      throw new UserError(
        `Could not sync the DeepL glossary for ${pair.source}→${pair.target}: the entry "${source}" → "${target}" ${problem}. Fix the term in glossary.yaml.`,
      );
    }
    bytes += Buffer.byteLength(source) + Buffer.byteLength(target) + 2;
    if (bytes > MAX_GLOSSARY_BYTES) {
      throw new UserError(
        `Could not sync the DeepL glossary for ${pair.source}→${pair.target}: it passes DeepL's 10 MiB limit at the entry "${source}". Split the glossary or remove unused terms.`,
      );
    }
  }
}

function hasDictionary(info: MultilingualGlossaryInfo, pair: PairGlossary, size: number): boolean {
  const target = toGlossaryLanguage(pair.target);
  return info.dictionaries.some(
    (dict) =>
      dict.sourceLangCode.toLowerCase() === pair.source.toLowerCase() &&
      dict.targetLangCode.toLowerCase() === target &&
      dict.entryCount === size,
  );
}

/** Glossary sync for one run: the account's glossaries and supported pairs are listed once and cached. */
export function createDeeplGlossaries(
  client: DeepLClient,
  send: DeeplGlossarySend,
  log: (message: string) => void,
): DeeplGlossaries {
  const result: GlossarySyncResult = { created: [], reused: [], deleted: [], skipped: [] };
  let listing: Promise<MultilingualGlossaryInfo[]> | undefined;
  let pairs: Promise<Set<string>> | undefined;
  const ensured = new Map<string, Promise<string | undefined>>();
  const deletions: Promise<void>[] = [];

  const listGlossaries = () => {
    listing ??= send('list DeepL glossaries', () => client.listMultilingualGlossaries());
    return listing;
  };
  const listPairs = () => {
    pairs ??= send('list DeepL glossary language pairs', async () => {
      const supported = await client.getGlossaryLanguagePairs();
      return new Set(
        supported.map((p) => `${p.sourceLang.toLowerCase()}>${p.targetLang.toLowerCase()}`),
      );
    });
    return pairs;
  };

  async function sync(pair: PairGlossary, name: string): Promise<string | undefined> {
    const size = Object.keys(pair.entries).length;
    if (size === 0) return undefined;
    const target = toGlossaryLanguage(pair.target);
    const source = pair.source.toLowerCase();
    // Both lists are asked for at once: each is a round trip before the language's first request.
    const [supported, existing] = await Promise.all([listPairs(), listGlossaries()]);
    if (!supported.has(`${source}>${target}`)) {
      result.skipped.push(`${pair.source}→${pair.target}`);
      log(
        `DeepL has no glossaries for ${pair.source}→${pair.target}; its pinned terms are verified by the glossary check only.`,
      );
      return undefined;
    }
    const same = existing.find((info) => info.name === name && hasDictionary(info, pair, size));
    if (same) {
      result.reused.push(name);
      return same.glossaryId;
    }
    checkGlossaryEntries(pair);
    const dictionary = {
      sourceLangCode: source,
      targetLangCode: target,
      entries: new GlossaryEntries({ entries: pair.entries }),
    };
    const created = await send(`create the DeepL glossary ${name}`, () =>
      client.createMultilingualGlossary(name, [dictionary]),
    );
    result.created.push(name);
    // The new glossary serves at once; the old versions go meanwhile (a round trip each, which the
    // pair's first translations waited for when the glossary changed).
    const replaced = existing.filter(
      (info) => info.glossaryId !== created.glossaryId && isOlderVersion(info.name, pair),
    );
    const deletion = (async () => {
      for (const old of replaced) {
        await send(`delete the DeepL glossary ${old.name}`, () =>
          client.deleteMultilingualGlossary(old.glossaryId),
        );
        result.deleted.push(old.name);
      }
    })();
    deletion.catch(() => undefined);
    deletions.push(deletion);
    return created.glossaryId;
  }

  return {
    ensure(pair) {
      const name = glossaryName(pair);
      let pending = ensured.get(name);
      if (!pending) {
        pending = sync(pair, name);
        ensured.set(name, pending);
      }
      return pending;
    },
    async settled() {
      await Promise.all(deletions);
    },
    result,
  };
}
