// What a fast run must also be: complete. Every key of every Swedish locale file is in every target
// language's file after the first run, or the benchmark stops (a run that skipped texts would
// otherwise show as a fast one).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLocaleFileWithLinesSync } from '../../src/locales/index.js';

export function assertComplete(
  localesDir: string,
  source: string,
  targets: readonly string[],
): void {
  const missing: string[] = [];
  for (const name of readdirSync(join(localesDir, source))) {
    if (!name.endsWith('.json')) continue;
    const keys = readLocaleFileWithLinesSync(join(localesDir, source, name))?.values.keys() ?? [];
    const byLang = targets.map(
      (lang) => readLocaleFileWithLinesSync(join(localesDir, lang, name))?.values,
    );
    for (const key of keys) {
      targets.forEach((lang, i) => {
        if (!byLang[i]?.has(key)) missing.push(`${lang}/${name} ${key}`);
      });
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `The first run left ${missing.length} key(s) untranslated, e.g. ${missing.slice(0, 5).join(', ')}: its figures would not be a real run's.`,
    );
  }
}
