import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../../src/review/compare-snapshots.js';
import {
  formatReviewMarkdown,
  REVIEW_MARKER,
} from '../../src/review/markdown/format-review-markdown.js';
import type { TranslationSnapshot } from '../../src/status/index.js';
import type { Finding } from '../../src/types.js';
import { type KeySpec, noTerms, snapshot } from './snapshot-fixtures.js';

const LANGS = ['en-GB', 'de', 'uk'];
const GITHUB_LIMIT = 65_536;

function merge(snapshots: TranslationSnapshot[]): TranslationSnapshot {
  const values: TranslationSnapshot['values'] = new Map();
  const lock: TranslationSnapshot['lock'] = {};
  for (const s of snapshots) {
    for (const [lang, byNs] of s.values) {
      const target = values.get(lang) ?? new Map();
      for (const [ns, file] of byNs) target.set(ns, file);
      values.set(lang, target);
    }
    for (const [lang, byNs] of Object.entries(s.lock)) lock[lang] = { ...lock[lang], ...byNs };
  }
  return { sourceLang: 'sv', namespaces: snapshots.flatMap((s) => s.namespaces), values, lock };
}

/** `count` keys per namespace; keys whose index passes `changed` get a new translation in every language. */
function reportOf(
  namespaces: number,
  count: number,
  changed: (i: number) => boolean,
  findings: Finding[] = [],
) {
  const side = (after: boolean) =>
    merge(
      Array.from({ length: namespaces }, (_, n) => {
        const specs: KeySpec[] = Array.from({ length: count }, (_, i) => {
          const sv = `Mening nummer ${i} i artikel ${n}, med en lång svensk text som fyller raden väl.`;
          const value = (lang: string) =>
            `${lang} sentence ${i} of article ${n}${after && changed(i) ? ', revised by a careful reviewer' : ''}, long enough to wrap.`;
          return {
            key: `p-mening-nummer-${i}`,
            sv,
            values: Object.fromEntries(LANGS.map((l) => [l, { value: value(l), by: 'deepl' }])),
          };
        });
        return snapshot(`article-${n}`, specs, LANGS);
      }),
    );
  return compareSnapshots({
    base: side(false),
    head: side(true),
    baseRef: { ref: 'origin/main', commit: 'b'.repeat(40) },
    languages: LANGS,
    findings,
    termsHash: noTerms,
  });
}

describe('formatReviewMarkdown', () => {
  it('opens with the marker and a summary, and summarises unchanged stretches', () => {
    const md = formatReviewMarkdown(reportOf(1, 10, (i) => i === 4 || i === 5));
    expect(md.startsWith(`${REVIEW_MARKER}\n## tolk review\n`)).toBe(true);
    expect(md).toContain(
      'Compared with `origin/main` (`bbbbbbb`): **2 keys changed** in 1 namespace — 0 added, 2 changed, 0 removed (en-GB, de, uk).',
    );
    expect(md).toContain('### `article-0` · 0 added · 2 changed · 0 removed · 8 unchanged');
    const lines = md.split('\n').filter((l) => l.startsWith('*…') || l.startsWith('####'));
    expect(lines).toEqual([
      '*… 4 unchanged keys …*',
      '#### `p-mening-nummer-4` · changed · paragraph',
      '#### `p-mening-nummer-5` · changed · paragraph',
      '*… 4 unchanged keys …*',
    ]);
    expect(md).toContain(
      '| **de** | de sentence 4 of article 0, **revised by a careful reviewer,** long enough to wrap. | deepl |',
    );
  });

  it('says so when nothing changed', () => {
    const md = formatReviewMarkdown(reportOf(2, 5, () => false));
    expect(md).toContain('No translation changed compared with `origin/main`');
    expect(md).toContain('Unchanged: `article-0`, `article-1`.');
    expect(md).not.toContain('####');
  });

  it('folds a namespace with many changes into <details>', () => {
    const md = formatReviewMarkdown(reportOf(1, 30, (i) => i % 2 === 0));
    expect(md).toContain(
      '<details><summary><code>article-0</code> · 0 added · 15 changed · 0 removed · 15 unchanged</summary>',
    );
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('stays under GitHub’s comment limit on a large change, and says what it left out', () => {
    const report = reportOf(4, 300, () => true);
    const md = formatReviewMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md.length).toBeLessThan(GITHUB_LIMIT);
    const shown = md.split('\n').filter((l) => l.startsWith('#### ')).length;
    expect(shown).toBeGreaterThan(50);
    expect(md).toContain(`**${1200 - shown} more changed keys are not shown**`);
    // Every <details> that was opened is closed.
    expect(md.split('<details>').length).toBe(md.split('</details>').length);
  });

  it('honours a smaller budget', () => {
    const md = formatReviewMarkdown(
      reportOf(1, 50, () => true),
      { budget: 8_000 },
    );
    expect(md.length).toBeLessThanOrEqual(8_000);
    expect(md).toContain('more changed keys are not shown');
  });
});
