/** No page of a 1,000-project synthetic build scrolls sideways on a 360 px phone (see overflow.test.ts). */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate, writeContent } from '../../bench/generate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, OUTPUT, ROOT } from '../helpers/build.ts';
import { extremeRecords, pagesOf, templateBounds, WIDTH, widePages } from '../helpers/overflow.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

describe(`at ${WIDTH}×800, a 1,000-project synthetic build (bench/generate.ts)`, () => {
  let browser: Browser;
  let server: StaticServer;
  let dist: string;
  // Every page that grows with the number of projects, and the project pages of the records
  // with the most to fit (see extremeRecords); the rest are bounded by those.
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
    const chosen = all.filter((path) => !isProjectPage(path) || checked.has(slugOf(path)));
    // The synthetic records have no translation, so a Russian page lists exactly what its
    // English twin lists, and only the template's words differ: every English page is loaded,
    // and in Russian each template's largest page and last page (templateBounds).
    const isEnglish = (path: string) => !path.startsWith('ru/');
    const russian = chosen.filter((path) => !isEnglish(path) && !isProjectPage(path));
    const bytes = (path: string) => statSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html')).size;
    const russianBounds = templateBounds(russian.map((path) => ({ path, bytes: bytes(path) })));
    const paths = [...chosen.filter((path) => isEnglish(path) || isProjectPage(path)), ...russianBounds];
    // Both languages' pages of every chosen record, and every page of another kind in English.
    expect(paths.filter(isProjectPage).length).toBe(2 * checked.size);
    expect(paths.filter((path) => isEnglish(path) && !isProjectPage(path)).length).toBeGreaterThan(700);
    expect(russianBounds.length).toBeGreaterThan(20);
    expect(await widePages(browser, server.url, paths)).toEqual([]);
  });
});
