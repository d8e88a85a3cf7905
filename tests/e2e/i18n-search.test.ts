/**
 * Search in Russian: /ru/search/ queries the Russian Pagefind index (built from the pages with
 * <html lang="ru">), with Russian stemming, labels and the same URL state as in English.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { parseState, serializeState } from '../../src/scripts/search-state.ts';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { allResultHrefs } from '../helpers/results.ts';

const sites = inject('searchSites');

/** Russian queries and seeds whose translated text they must find (by stem: «управления», «самоуправления» …). */
const RUSSIAN_QUERIES: [query: string, slugs: string[]][] = [
  ['управление', ['collaborative-governance-program']],
  ['миграция', ['migration-and-development-at-the-local-level']],
];

describe.each(sites)('Russian search on the site served at $base', (site) => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    errors = watchErrors(page);
  });
  afterAll(async () => {
    await browser.close();
  });

  async function open(search: string): Promise<string[]> {
    await page.goto(`${site.url}ru/search/${search}`);
    const expected = serializeState(parseState(search));
    await page.waitForSelector(`form[data-rendered="${expected}"]`, { timeout: 15_000 });
    const hrefs = await allResultHrefs(page);
    return hrefs.map((href) => {
      // Results are the Russian pages, never the English ones.
      expect(href.startsWith(`${site.base}ru/projects/`), href).toBe(true);
      return href.split('/').filter(Boolean).at(-1) ?? '';
    });
  }

  test.each(RUSSIAN_QUERIES)('«%s» finds %j', async (query, slugs) => {
    const found = await open(`?q=${encodeURIComponent(query)}`);
    expect(found).toEqual(expect.arrayContaining(slugs));
  });

  test('a Russian country name finds projects, on a page in Russian', async () => {
    expect(await open(`?q=${encodeURIComponent('Кыргызстан')}`)).not.toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  });

  test('filters carry Russian labels and the same ids in the URL as in English', async () => {
    const found = await open('?country=KG');
    expect(found.length).toBeGreaterThan(0);
    const label = await page
      .locator('input[name="country"][value="KG"]')
      .first()
      .evaluate((input) => {
        const element = input as HTMLInputElement;
        return (element.labels?.[0]?.textContent ?? '').trim();
      });
    expect(label).toContain('Кыргызстан');
    expect(await page.locator('h1').textContent()).toBe('Поиск проектов');
    expect(errors).toEqual([]);
  });
});
