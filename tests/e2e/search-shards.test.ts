/**
 * Search over a sharded index in Chromium: the fixture site built with its index in three
 * shards must answer like the one-shard build of the same content — the same results in the
 * same order (sorted, with "Show more" across shard boundaries), the same counts beside every
 * filter, and the same downloaded file.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { allResultHrefs } from '../helpers/results.ts';
import { rootSite } from '../setup/sites.ts';

const single = rootSite(inject('searchSites'));
const sharded = inject('shardedSite');

interface Answer {
  status: string;
  slugs: string[];
  counts: string[];
}

describe('a sharded index answers as the one-shard index does', () => {
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

  async function answer(url: string, state: string): Promise<Answer> {
    await page.goto(`${url}search/${state}`);
    await page.waitForSelector(`form[data-rendered="${state}"]`, { timeout: 15_000 });
    const counts = await page
      .locator('[data-filters-panel] label')
      .evaluateAll((labels) =>
        labels.map(
          (label) =>
            `${label.querySelector('input')?.name}=${label.querySelector('input')?.value}:${label.querySelector('[data-count]')?.textContent}`,
        ),
      );
    const status = (await page.locator('[data-status]').textContent()) ?? '';
    const slugs = (await allResultHrefs(page)).map((href) => href.split('/').filter(Boolean).at(-1) ?? '');
    return { status, slugs, counts };
  }

  test('the sharded site really is in shards', async () => {
    await page.goto(`${sharded.url}search/`);
    expect(Number(await page.locator('form[data-search-page]').getAttribute('data-shards'))).toBeGreaterThan(2);
  });

  // Sorts whose keys are unique among the fixture's projects, so there is one right order.
  test.each([
    ['', 'every project, newest first (more than one page of results)'],
    ['?sort=title-asc', 'every project by title'],
    ['?country=KG&sort=title-asc', 'a filter and a sort'],
    ['?q=water&sort=title-asc', 'words and a sort'],
    ['?country=KG&country=TJ&donor=usaid', 'two groups of filters, newest first'],
  ])('%s (%s): the same results in the same order, and the same counts', async (state) => {
    const one = await answer(single.url, state);
    const many = await answer(sharded.url, state);
    expect(one.slugs.length).toBeGreaterThan(0);
    expect(many).toEqual(one);
    expect(errors).toEqual([]);
  });

  test.each(['?q=water', '?q=governance&country=KG'])(
    '%s ranked by relevance: the same results and counts',
    async (state) => {
      const one = await answer(single.url, state);
      const many = await answer(sharded.url, state);
      expect(one.slugs.length).toBeGreaterThan(0);
      expect(many.slugs.sort()).toEqual(one.slugs.sort());
      expect(many.status).toBe(one.status);
      expect(many.counts).toEqual(one.counts);
    },
  );

  test('"Download these results" gives the same file', async () => {
    const files: string[] = [];
    for (const site of [single, sharded]) {
      await answer(site.url, '?sort=title-asc');
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
      files.push(await readFile(await file.path(), 'utf8'));
    }
    expect(files[0]?.split('\n').length).toBeGreaterThan(10);
    expect(files[1]).toBe(files[0]);
    expect(errors).toEqual([]);
  });
});
