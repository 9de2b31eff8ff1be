// What a reviewer sees in a real browser: the seed article side by side, marked up and readable everywhere.

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReviewPage } from '../../../src/review/html/index.js';
import type { ReviewPage, ReviewTerm } from '../../../src/review/html/model.js';
import { ARTIFACTS, launchChromium, openHtml, skipBrowserTests } from './browser.js';
import {
  findCellSpills,
  findContrastFailures,
  measureOverflow,
  readCellLangs,
  readDiff,
  readRows,
  readStyles,
} from './page-probes.js';
import { buildSeedPage, PLANTED } from './seed-page.js';

const termTexts = (text: string, terms: ReviewTerm[]) =>
  terms.map((t) => text.slice(t.start, t.end));

describe.skipIf(skipBrowserTests)('review page in Chromium', () => {
  let browser: Browser;
  const seed: ReviewPage = buildSeedPage('en');
  const html = renderReviewPage(seed);

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every segment and its translation side by side, in document order, at 1280 px', async () => {
    const { page, requests } = await openHtml(browser, html, 1280);
    const rows = await page.evaluate(readRows);
    expect(rows.map((r) => r.key)).toEqual(seed.segments.map((s) => s.key));
    seed.segments.forEach((segment, i) => {
      const row = rows[i]!;
      expect(row.source).toBe(segment.source);
      expect(row.target).toBe(segment.target ?? 'No translation');
      expect(Math.abs(row.src.top - row.tgt.top)).toBeLessThanOrEqual(1);
      expect(row.src.right).toBeLessThanOrEqual(row.tgt.left);
      if (i > 0) expect(row.src.top).toBeGreaterThan(rows[i - 1]!.src.top);
    });
    expect(requests).toEqual([]);
    const { scrollWidth, innerWidth } = await page.evaluate(measureOverflow);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(await page.evaluate(findCellSpills)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'seed-1280-light.png'), fullPage: true });
    await page.close();
  });

  it('highlights every pinned term on both sides with its pinned form and note', async () => {
    const { page } = await openHtml(browser, html, 1280);
    const rows = await page.evaluate(readRows);
    let count = 0;
    seed.segments.forEach((segment, i) => {
      const row = rows[i]!;
      const sides = [
        [row.srcTerms, segment.source, segment.sourceTerms],
        [row.tgtTerms, segment.target ?? '', segment.targetTerms],
      ] as const;
      for (const [shown, text, terms] of sides) {
        expect(shown.map((t) => t.text)).toEqual(termTexts(text, terms));
        terms.forEach((term, k) => {
          expect(shown[k]!.title).toContain(term.pinned);
          if (term.note) expect(shown[k]!.title).toContain(term.note);
          count++;
        });
      }
    });
    expect(count).toBeGreaterThan(40);
    const styles = await page.evaluate(readStyles);
    expect(styles.mark).not.toBe(styles.body);
    expect(styles.mark).not.toBe(styles.markCell);
    await page.close();
  });

  it('marks the planted findings on their segments with id, severity and message', async () => {
    const { page } = await openHtml(browser, html, 1280);
    const rows = await page.evaluate(readRows);
    seed.segments.forEach((segment, i) => {
      expect(rows[i]!.findings).toHaveLength(segment.findings.length);
      segment.findings.forEach((finding, k) => {
        const shown = rows[i]!.findings[k]!;
        expect(shown).toContain(finding.check);
        expect(shown).toContain(finding.message);
        expect(shown).toContain(finding.severity === 'error' ? 'Error' : 'Warning');
      });
    });
    const raisi = seed.segments.findIndex((s) => s.source.includes(PLANTED.findingNeedle));
    const finding = page.locator(`#seg-${raisi + 1} .finding`);
    await expect(finding.isVisible()).resolves.toBe(true);
    const [findingBox, rowBox] = await Promise.all([
      finding.boundingBox(),
      page.locator(`#seg-${raisi + 1}`).boundingBox(),
    ]);
    expect(findingBox!.y).toBeGreaterThanOrEqual(rowBox!.y);
    expect(findingBox!.y + findingBox!.height).toBeLessThanOrEqual(rowBox!.y + rowBox!.height);
    await page.close();
  });

  it('tells statuses and changes apart by text', async () => {
    const { page } = await openHtml(browser, html, 1280);
    const rows = await page.evaluate(readRows);
    expect(rows[PLANTED.human]!.status).toBe('Human-edited');
    expect(rows[PLANTED.stale]!.status).toBe('Stale');
    expect(rows[PLANTED.missing]!.status).toBe('Missing');
    expect(rows.filter((r) => r.status === 'Manual')).toHaveLength(1);
    expect(rows[0]!.status).toBe('Machine (pseudo)');
    const changed = `#seg-${PLANTED.changed + 1}`;
    await expect(page.locator(`${changed} .badge.change`).textContent()).resolves.toBe('Changed');
    const words = await page.evaluate(readDiff, changed);
    expect(words.del.join(' ')).toContain('talk');
    expect(words.ins.join(' ')).toContain('meeting');
    const added = `#seg-${PLANTED.added + 1}`;
    await expect(page.locator(`${added} .badge.change`).textContent()).resolves.toBe('Added');
    await expect(page.locator(`${added} .diff`).count()).resolves.toBe(0);
    await page.close();
  });

  it('stacks each segment without horizontal overflow at 390 px', async () => {
    const { page } = await openHtml(browser, html, 390);
    const rows = await page.evaluate(readRows);
    for (const row of rows) {
      expect(row.tgt.top).toBeGreaterThan(row.src.top);
      expect(row.src.right).toBeLessThanOrEqual(390);
      expect(row.tgt.right).toBeLessThanOrEqual(390);
    }
    const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    expect(widest).toBeLessThanOrEqual(innerWidth);
    expect(await page.evaluate(findCellSpills)).toEqual([]);
    await expect(page.getByRole('columnheader', { name: 'Swedish (sv)' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'seed-390-light.png'), fullPage: true });
    await page.close();
  });

  it('switches to a dark scheme that keeps AA contrast, and keeps AA in light', async () => {
    const { page } = await openHtml(browser, html, 1280);
    const light = await page.evaluate(readStyles);
    expect(await page.evaluate(findContrastFailures)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(readStyles);
    expect(dark.body).not.toBe(light.body);
    expect(dark.mark).not.toBe(light.mark);
    expect(await page.evaluate(findContrastFailures)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'seed-1280-dark.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(findContrastFailures)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'seed-390-dark.png'), fullPage: true });
    await page.close();
  });

  it('prints light, without the filter controls, and renders a PDF', async () => {
    const { page } = await openHtml(browser, html, 1280);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(readStyles);
    expect(printed).toMatchObject({
      filters: 'none',
      body: 'rgb(255, 255, 255)',
      rowBreak: 'avoid',
    });
    expect(await page.evaluate(findContrastFailures)).toEqual([]);
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'seed-print.pdf'), format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('exposes the article as a labelled table inside main and article, with language attributes', async () => {
    const { page } = await openHtml(browser, html, 1280);
    await expect(page.locator('main article table').count()).resolves.toBe(1);
    const h1 = page.getByRole('heading', { level: 1, name: `Review: ${seed.title}`, exact: true });
    await expect(h1.count()).resolves.toBe(1);
    for (const name of ['Segment', 'Swedish (sv)', 'English (en)']) {
      await expect(page.getByRole('columnheader', { name }).count()).resolves.toBe(1);
    }
    const langs = await page.evaluate(readCellLangs);
    expect(langs.src).toHaveLength(seed.segments.length);
    expect({ src: new Set(langs.src), tgt: new Set(langs.tgt) }).toEqual({
      src: new Set(['sv']),
      tgt: new Set(['en']),
    });
    await page.close();
  });

  it('boxes the fact box and keeps repeated keys where they occur', async () => {
    const { page } = await openHtml(browser, html, 1280);
    const { factbox, body } = await page.evaluate(readStyles);
    expect(factbox).toMatchObject({ top: 'solid', side: 'solid' });
    expect(factbox.background).not.toBe(body);
    const captions = seed.segments.filter((s) => s.kind === 'caption').map((s) => s.key);
    expect(new Set(captions).size).toBe(1);
    const repeated = page.locator(`tr.seg[data-key="${captions[0]}"]`);
    await expect(repeated.count()).resolves.toBe(captions.length);
    await expect(repeated.first().locator('.repeat').textContent()).resolves.toBe(
      `Key used ${captions.length}×`,
    );
    await page.close();
  });

  it('filters to the segments with findings without a script', async () => {
    const { page } = await openHtml(browser, html, 1280);
    await page.getByLabel('With findings').check();
    const shown = (await page.evaluate(readRows)).filter((r) => r.visible).map((r) => r.key);
    expect(shown).toEqual(seed.segments.filter((s) => s.findings.length > 0).map((s) => s.key));
    await expect(page.locator('script').count()).resolves.toBe(0);
    await page.close();
  });
});
