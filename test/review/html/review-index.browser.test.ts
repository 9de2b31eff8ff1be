// The index of review pages and a page built from hostile text, in a real browser.

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countFindings,
  countStatuses,
  type ReviewIndexEntry,
  renderReviewIndex,
  renderReviewPage,
} from '../../../src/review/html/index.js';
import { ARTIFACTS, launchChromium, openHtml, skipBrowserTests } from './browser.js';
import { buildHostilePage, HOSTILE_SOURCE, HOSTILE_TARGET } from './hostile-page.js';
import {
  findCellSpills,
  findContrastFailures,
  measureOverflow,
  readInjection,
} from './page-probes.js';
import { buildSeedPage } from './seed-page.js';

const LANGS = ['en', 'de', 'nb', 'en-GB'];

function buildEntries(): ReviewIndexEntry[] {
  return LANGS.map((lang) => {
    const page = buildSeedPage(lang);
    return {
      href: `${lang}/${page.ns}.html`,
      ns: page.ns,
      lang,
      counts: countStatuses(page),
      findings: countFindings(page),
      changed: page.segments.filter((s) => s.changed).length,
    };
  });
}

describe.skipIf(skipBrowserTests)('review index and escaping in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [390, 1280]) {
    it(`lists every page with its counts and links, readable at ${width} px`, async () => {
      const entries = buildEntries();
      const { page, requests } = await openHtml(
        browser,
        renderReviewIndex(entries, { base: 'main' }),
        width,
      );
      const anchors = await page.locator('table.pages a').all();
      const links = await Promise.all(anchors.map((a) => a.getAttribute('href')));
      expect(links).toEqual(entries.map((e) => e.href));
      // Wide: the column header names the count; narrow: the label inside the card does.
      const label =
        width < 700
          ? page
              .locator('table.pages tbody tr')
              .first()
              .locator('.cell-label', { hasText: 'Human-edited' })
          : page.getByRole('columnheader', { name: 'Human-edited' });
      await expect(label.isVisible()).resolves.toBe(true);
      const cells = await page
        .locator('table.pages tbody tr')
        .first()
        .locator('td')
        .allInnerTexts();
      const numbers = cells.map((c) => Number(c.replace(/\D+/g, ' ').trim().split(' ').at(-1)));
      const entry = entries[0]!;
      expect(numbers).toEqual([
        entry.counts.machine,
        entry.counts.human,
        entry.counts.manual,
        entry.counts.stale,
        entry.counts.missing,
        entry.findings.error,
        entry.findings.warning,
        entry.findings.info,
        entry.changed,
      ]);
      const { scrollWidth, innerWidth } = await page.evaluate(measureOverflow);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await page.evaluate(findContrastFailures)).toEqual([]);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `index-${width}.png`), fullPage: true });
      await page.close();
    });
  }

  it('renders hostile text as text and runs nothing', async () => {
    const { page } = await openHtml(browser, renderReviewPage(buildHostilePage()), 1280);
    const seen = await page.evaluate(readInjection);
    expect(seen).toEqual({
      pwned: undefined,
      injected: 0,
      source: HOSTILE_SOURCE,
      target: HOSTILE_TARGET,
      title: 'Review <ns>&" (en): </title><script>window.__pwned = 6</script>',
      bodyShown: 'block',
    });
    expect(await page.evaluate(findCellSpills)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-1280.png'), fullPage: true });
    await page.close();
  });
});
