/** No page scrolls sideways on a 360 px phone, whatever its content: long words wrap, wide tables scroll in place. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { pageHtml } from '../helpers/dist.ts';
import { pagesOf, WIDTH, widePages } from '../helpers/overflow.ts';
import { rootSite } from '../setup/sites.ts';

// The 1,000-project synthetic build is checked in overflow-1000.test.ts, a file of its own so
// that it can run beside the other files rather than after them.
describe(`at ${WIDTH}×800`, () => {
  const site = rootSite(inject('qualitySites'));
  const pages = pagesOf(site.dist);
  const html = (path: string) => pageHtml(site.dist, path);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the fixture build has pages of every template to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['', 'projects/', 'countries/', 'countries/kg/', '404.html']));
    expect(pages.filter((path) => path.startsWith('projects/') && path !== 'projects/').length).toBeGreaterThan(10);
  });

  // widePages writes each page's HTML into an open tab instead of navigating to it: the two
  // must lay a page out alike (its width and its height, which a missing stylesheet would change).
  test('a page written into the tab is laid out as the page navigated to', async () => {
    const sample = pages.filter((_, index) => index % 15 === 0);
    expect(sample.length).toBeGreaterThan(15);
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const size = () =>
        page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      const navigated: number[][] = [];
      const written: number[][] = [];
      for (const path of sample) {
        await page.goto(`${site.url}${path}`);
        navigated.push(await size());
        await page.setContent(html(path));
        written.push(await size());
      }
      expect(written).toEqual(navigated);
      expect(new Set(navigated.map(([, height]) => height)).size).toBeGreaterThan(5);
    } finally {
      await context.close();
    }
  });

  test('a page made too wide is reported', async () => {
    const widened = (path: string) => html(path).replace('</main>', '<svg width="900" height="1"></svg></main>');
    const wide = await widePages(browser, site.url, ['', 'projects/'], widened);
    // 900 px of picture plus the page's own margin.
    expect(wide.map((line) => line.replace(/: 9\d\d px$/, ''))).toEqual(['/', 'projects/']);
  });

  test('no page of the fixture build is wider than the viewport', async () => {
    expect(await widePages(browser, site.url, pages, html)).toEqual([]);
  });
});
