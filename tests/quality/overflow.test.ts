/** No page scrolls sideways on a 360 px phone, whatever its content: long words wrap, wide tables scroll in place. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { generate, writeContent } from '../../bench/generate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';
import { rootSite } from '../setup/sites.ts';

const WIDTH = 360;

/** Site paths of every page in a build, the home page as ''. */
function pagesOf(dist: string): string[] {
  return htmlFiles(dist)
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => file.replace(/\\/g, '/').replace(/index\.html$/, ''));
}

/** Tabs measuring at once: page loads wait on the server and the network stack as much as on layout. */
const TABS = 3;

/** The pages, among `paths` under `url`, whose document is wider than the viewport. */
async function widePages(browser: Browser, url: string, paths: readonly string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  // Widths come from the HTML and its CSS; pictures keep their box, fonts are the system's, and
  // scripts add nothing to the layout, so none of them is fetched.
  await context.route('**/*', (route) =>
    ['image', 'media', 'font', 'script'].includes(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  const wide: string[] = [];
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    for (let index = next++; index < paths.length; index = next++) {
      const path = paths[index] ?? '';
      await page.goto(`${url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) wide.push(`${path || '/'}: ${width} px`);
    }
  };
  try {
    await Promise.all(Array.from({ length: TABS }, worker));
  } finally {
    await context.close();
  }
  return wide.sort();
}

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

  describe('a 1,000-project synthetic build (bench/generate.ts)', () => {
    let server: StaticServer;
    let dist: string;
    beforeAll(async () => {
      const content = join(OUTPUT, 'overflow-1000-content');
      writeContent(content, join(ROOT, 'content'), generate(1000, 20240601), 20240601);
      const build = await buildSite('overflow-1000', { contentDir: content, buildDate: '2024-06-01' });
      if (build.code !== 0) throw new Error(`the synthetic site did not build:\n${build.output}`);
      dist = build.outDir;
      server = await serve(dist, '/');
    }, 900_000);
    afterAll(async () => {
      await server?.close();
    });

    test('no page is wider than the viewport', { timeout: 1_200_000 }, async () => {
      const paths = pagesOf(dist);
      expect(paths.length).toBeGreaterThan(1000);
      expect(await widePages(browser, server.url, paths)).toEqual([]);
    });
  });
});
