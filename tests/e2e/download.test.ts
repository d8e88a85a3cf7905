/**
 * "Download these results" in a real browser: the file holds exactly the results on screen,
 * in their order, for a query with a filter, at the root and under a base path.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { allResultHrefs } from '../helpers/results.ts';

const sites = inject('searchSites');

describe.each(sites)('downloads on the search page served at $base', (site) => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser.close();
  });

  /** The slugs of every result on screen, after "Show more" until none is left. */
  async function shownSlugs(): Promise<string[]> {
    const hrefs = await allResultHrefs(page);
    return hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? '');
  }

  async function downloaded(format: 'csv' | 'json'): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${format}"]`)]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  test.each([
    ['q=governance&country=KG', 'governance', { country: ['KG'] }],
    ['country=TJ&sort=title-asc', '', { country: ['TJ'] }],
  ])('?%s: the CSV and the JSON hold exactly the results, in order', async (search, query, filters) => {
    await page.goto(`${site.url}search/?${search}`);
    await page.waitForSelector('form[data-rendered]', { timeout: 15_000 });
    const slugs = await shownSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-downloads]').isVisible()).toBe(true);

    const csv = await downloaded('csv');
    expect(csv.name).toBe('projects-search.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(csv.text.slice(1), { columns: true });
    expect(rows.map((row) => row[Object.keys(row)[0] ?? ''])).toEqual(slugs);

    const json = JSON.parse((await downloaded('json')).text);
    expect(json.count).toBe(slugs.length);
    expect(json.query).toMatchObject({ q: query, filters });
    expect(json.meta.licence).toBeTruthy();
    expect(errors).toEqual([]);
  });

  test('with no result, nothing is offered for download', async () => {
    await page.goto(`${site.url}search/?q=zzzzqqqq`);
    await page.waitForSelector('form[data-rendered]', { timeout: 15_000 });
    expect(await page.locator('[data-downloads]').isVisible()).toBe(false);
  });
});
