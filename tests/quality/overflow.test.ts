/** No page scrolls sideways on a 360 px phone, whatever its content: long words wrap, wide tables scroll in place. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { rootSite } from './setup.ts';

const site = rootSite(inject('qualitySites'));
const pages = htmlFiles(site.dist)
  .filter((file) => !file.startsWith('pagefind/'))
  .map((file) => file.replace(/index\.html$/, '').replace(/\\/g, '/'));

describe('at 360×800', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  });
  afterAll(async () => {
    await browser.close();
  });

  test('the fixture build has pages of every template to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['', 'projects/', 'countries/', 'countries/kg/', '404.html']));
    expect(pages.filter((path) => path.startsWith('projects/') && path !== 'projects/').length).toBeGreaterThan(10);
  });

  test('no page is wider than the viewport', async () => {
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path || '/'}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });
});
