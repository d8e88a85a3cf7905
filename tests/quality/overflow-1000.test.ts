/** No page of a 1,000-project synthetic build scrolls sideways on a 360 px phone (see overflow.test.ts). */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate, writeContent } from '../../bench/generate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';
import { pageHtml } from '../helpers/dist.ts';
import {
  extremeRecords,
  longestWordOf,
  pagesOf,
  templateBounds,
  templateOf,
  WIDTH,
  widePages,
} from '../helpers/overflow.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

describe(`at ${WIDTH}×800, a 1,000-project synthetic build (bench/generate.ts)`, () => {
  let browser: Browser;
  let server: StaticServer;
  let dist: string;
  // Of 3,000 pages, those that bound the rest: the project pages of the records with most to
  // fit, and each other template's pages with most to fit (see the test).
  const records = generate(1000, 20240601);
  const checked = new Set(extremeRecords(records, 15));
  const isProjectPage = (path: string) => /^(?:[a-z]{2}\/)?projects\/[^/]+\/$/.test(path) && !path.includes('/page/');
  const slugOf = (path: string) => path.split('/').at(-2) ?? '';
  beforeAll(async () => {
    const content = join(OUTPUT, 'overflow-1000-content');
    writeContent(content, join(ROOT, 'content'), records, 20240601);
    const build = await buildSite('overflow-1000', { contentDir: content, buildDate: '2024-06-01' });
    if (build.code !== 0) throw new Error(`the synthetic site did not build:\n${build.output}`);
    dist = build.outDir;
    server = await serve(dist, '/');
    browser = await launchChromium();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('no page is wider than the viewport', { timeout: 1_200_000 }, async () => {
    const all = pagesOf(dist);
    expect(all.length).toBeGreaterThan(3000);
    // Project pages: both languages' pages of the records with most to fit (extremeRecords).
    const projectPages = all.filter((path) => isProjectPage(path) && checked.has(slugOf(path)));
    // Every other page belongs to a template (a list, a facet value, an organisation, an embed,
    // in each language), and each template's pages differ only in the records and names they
    // show: its pages with the most to fit, the widest pagination and a spread (templateBounds).
    const html = (path: string) => pageHtml(dist, path);
    const others = all
      .filter((path) => !isProjectPage(path))
      .map((path) => {
        const text = html(path);
        return { path, bytes: text.length, longestWord: longestWordOf(text) };
      });
    const bounds = templateBounds(others);
    expect(projectPages.length).toBe(2 * checked.size);
    // Every template of both languages is represented.
    expect(new Set(bounds.map(templateOf))).toEqual(new Set(others.map((page) => templateOf(page.path))));
    expect(new Set(bounds.map(templateOf)).size).toBeGreaterThan(60);
    expect(await widePages(browser, server.url, [...projectPages, ...bounds], html)).toEqual([]);
  });
});
