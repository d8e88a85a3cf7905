/** No page scrolls sideways on a 360 px phone, whatever its content: long words wrap, wide tables scroll in place. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { pagesOf, WIDTH, widePages } from '../helpers/overflow.ts';
import { rootSite } from '../setup/sites.ts';

// The 1,000-project synthetic build is checked in overflow-1000.test.ts, a file of its own so
// that it can run beside the other files rather than after them.
describe(`at ${WIDTH}×800`, () => {
  const site = rootSite(inject('qualitySites'));
  const pages = pagesOf(site.dist);
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

  test('no page of the fixture build is wider than the viewport', async () => {
    expect(await widePages(browser, site.url, pages)).toEqual([]);
  });
});
