// Headless Debian Chromium for the review page tests: never a download, never the network.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Locally a missing browser skips; in CI it must fail, so the tests are not silently lost. */
export const skipBrowserTests = !existsSync(CHROMIUM) && !process.env.CI;

export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'review');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Could not launch Chromium: ${CHROMIUM} is missing. Install Debian's package (apt-get install -y chromium); CI must, these tests never download a browser.`,
    );
  }
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens the HTML as a file, as a reviewer opening the artifact would; returns every request the page made. */
export async function openHtml(
  browser: Browser,
  html: string,
  width: number,
): Promise<{ page: Page; requests: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'tolk-review-'));
  const file = join(dir, 'page.html');
  await writeFile(file, html);
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  return { page, requests };
}
