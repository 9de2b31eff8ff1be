// Reads a project's translation state with the same readers `tolk translate` uses, so a base
// materialised into a temporary directory reads exactly like the working tree.

import { readdir } from 'node:fs/promises';
import type { TolkConfig } from '../config/index.js';
import { readSourceTexts } from '../content/read-source.js';
import { segmentSource, stringSegments } from '../content/segment-source.js';
import {
  findLocaleFiles,
  hashText,
  localeFilePath,
  readLocaleFile,
  readLock,
  settleLock,
} from '../locales/index.js';
import { segmentText } from '../segment/index.js';
import type { SnapshotNamespace, TranslationSnapshot } from './snapshot.js';

export async function readSnapshot(config: TolkConfig): Promise<TranslationSnapshot> {
  const namespaces = await readContentNamespaces(config);
  const known = new Set(namespaces.map((n) => n.ns));
  const refs = await findLocaleFiles(config.locales);
  for (const ref of refs) {
    if (ref.lang !== config.source || known.has(ref.ns)) continue;
    // A namespace without a content file: its Swedish is only in the source locale file.
    const values = (await readLocaleFile(ref.file)) ?? new Map<string, string>();
    const sources = stringSegments(ref.ns, values);
    namespaces.push({ ns: ref.ns, sources, origin: 'locale' });
    known.add(ref.ns);
  }
  const values: TranslationSnapshot['values'] = new Map();
  for (const lang of config.targets) {
    const byNs = new Map<string, Map<string, string>>();
    const names = new Set([...known, ...refs.filter((r) => r.lang === lang).map((r) => r.ns)]);
    for (const ns of names) {
      const file = await readLocaleFile(localeFilePath(config.locales, lang, ns));
      if (file) byNs.set(ns, file);
    }
    values.set(lang, byNs);
  }
  const lock = settleLock(await readLock(config.lock), (lang, ns, key) => {
    const value = values.get(lang)?.get(ns)?.get(key);
    return value === undefined ? undefined : hashText(value);
  });
  return { sourceLang: config.source, namespaces, values, lock };
}

async function readContentNamespaces(config: TolkConfig): Promise<SnapshotNamespace[]> {
  // A base commit may predate the content; a missing directory is `tolk translate`'s to report.
  const names = await readdir(config.content).catch(() => [] as string[]);
  if (!names.some((name) => !name.startsWith('.'))) return [];
  const texts = await readSourceTexts(config.content, config.root);
  return texts.map((source) => {
    const sources = segmentSource(source, config.exclude);
    if (source.strings) return { ns: source.ns, sources, origin: 'content' as const };
    const article = segmentText(source.text).filter((s) => !config.exclude.includes(s.kind));
    return { ns: source.ns, sources, article, origin: 'content' as const };
  });
}
