// The checks' input built from a snapshot, so findings judge each translation against the Swedish
// the next run will use (the content text), even before `tolk translate` has rewritten the source file.

import { relative } from 'node:path';
import type { CheckFile, CheckRun } from '../checks/index.js';
import type { TolkConfig } from '../config/index.js';
import { localeFilePath } from '../locales/index.js';
import type { TranslationSnapshot } from '../status/index.js';
import type { Glossary } from '../types.js';

export function buildCheckRun(
  config: TolkConfig,
  snapshot: TranslationSnapshot,
  glossary: Glossary,
): CheckRun {
  const files: CheckFile[] = [];
  for (const lang of config.targets) {
    for (const namespace of snapshot.namespaces) {
      const { ns } = namespace;
      const target = snapshot.values.get(lang)?.get(ns);
      const lock = snapshot.lock[lang]?.[ns];
      files.push({
        lang,
        ns,
        file: relative(config.root, localeFilePath(config.locales, lang, ns)),
        // The unexpanded Swedish: the plural check itself asks which forms the language needs.
        source: new Map(namespace.sources.map((s) => [s.key, s.text])),
        target,
        ...(lock ? { lock } : {}),
      });
    }
  }
  return {
    sourceLang: config.source,
    files,
    ...(glossary.terms.length > 0 ? { glossary } : {}),
    settings: config.checks,
  };
}
