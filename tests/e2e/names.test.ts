/**
 * Search by any name, against the real Pagefind index of the search fixture, queried by
 * Pagefind's own client in Chromium: role-aware ranking, and no key-fact boilerplate.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { launchChromium } from '../helpers/browser.ts';
import { type StaticServer, serve } from '../helpers/serve.ts';

const site = inject('searchSites').find((candidate) => candidate.base === '/');
if (!site) throw new Error('the e2e setup built no site at /');

const content = loadContent(inject('searchContent'));

/** Projects an organisation funds or implements, read straight from the records. */
function ledBy(id: string): string[] {
  return content.projects
    .filter((project) => project.data.donors.includes(id) || project.data.implementers.includes(id))
    .map((project) => project.slug)
    .sort();
}

interface Hit {
  slug: string;
  excerpt: string;
  /** The page's indexed text. */
  content: string;
}

let browser: Browser;
let page: Page;
let server: StaticServer;

beforeAll(async () => {
  server = await serve(site.dist, '/', { headers: true });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Every result of `query`, best first, through Pagefind's browser API. */
function search(query: string | null): Promise<Hit[]> {
  // A string, not a function: the test runner would rewrite a function's dynamic import().
  return page.evaluate(`(async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.map((result) => result.data()));
    return data.map((entry) => ({
      slug: entry.url.split('/').filter(Boolean).at(-1) ?? '',
      excerpt: entry.excerpt,
      content: entry.content,
    }));
  })()`);
}

describe('a project is found by any name of its organisations and places', () => {
  test.each<[query: string, first: string]>([
    ['EWMI', 'collaborative-governance-program'],
    ['East West Management Institute', 'collaborative-governance-program'],
    ['IOM', 'migration-and-development-at-the-local-level'],
  ])('"%s" ranks %s first', async (query, first) => {
    const hits = await search(query);
    expect(hits[0]?.slug, hits.map((hit) => hit.slug).join(', ')).toBe(first);
  });

  test.each<[query: string, id: string, mentionedIn: string | undefined]>([
    ['FCDO', 'fcdo', 'successful-aimak-2'],
    ['DFID', 'fcdo', undefined],
    ['DPI', 'dpi', 'collaborative-governance-program'],
    ['EWMI', 'ewmi', 'successful-aimak-2'],
    ['USAID', 'usaid', 'successful-aimak-2'],
  ])(
    '"%s" ranks every project %s funds or implements above those that merely name it',
    async (query, id, mentioned) => {
      const led = ledBy(id);
      expect(led.length).toBeGreaterThan(0);
      const slugs = (await search(query)).map((hit) => hit.slug);
      expect(slugs.slice(0, led.length).sort(), slugs.join(', ')).toEqual(led);
      if (mentioned) expect(slugs.slice(led.length), slugs.join(', ')).toContain(mentioned);
    },
  );

  test('"EWMI" also finds the project where EWMI is a partner, below the one it implements', async () => {
    const slugs = (await search('EWMI')).map((hit) => hit.slug);
    expect(slugs.indexOf('collaborative-governance-program')).toBe(0);
    expect(slugs).toContain('successful-aimak-2');
  });

  test.each([
    ['TJ', 'kyrgyzstan-tajikistan-policy-innovation-facility'],
    ['Tajikistan', 'kyrgyzstan-tajikistan-policy-innovation-facility'],
    ['Yssyk-Kul', 'successful-aimak-2'],
    ['Naryn oblast', 'successful-aimak-2'],
  ])('the place "%s" finds %s', async (query, slug) => {
    expect((await search(query)).map((hit) => hit.slug)).toContain(slug);
  });
});

describe('key-fact labels and boilerplate are not indexed', () => {
  test.each(['Not stated', 'derived from the dates', 'Key facts', 'Source last updated', 'time elapsed'])(
    'no indexed page text contains "%s"',
    async (phrase) => {
      const all = await search(null);
      expect(all.length).toBeGreaterThan(5);
      for (const hit of all) expect(hit.content, hit.slug).not.toContain(phrase);
    },
  );

  test.each(['stated', 'derived'])('no result for "%s" matches on key-fact boilerplate', async (query) => {
    for (const hit of await search(query)) {
      expect(hit.excerpt, hit.slug).not.toMatch(/Not stated|derived from the dates|Key facts/i);
      const words = hit.content.toLowerCase();
      expect(words, hit.slug).not.toMatch(/not stated|derived from the dates/);
    }
  });

  test('the check can fail: boilerplate in visible page text is still on the pages', async () => {
    await page.goto(`${server.url}projects/successful-aimak-2/`);
    expect(await page.locator('#key-facts').locator('..').textContent()).toContain('derived from the dates');
    await page.goto(server.url);
  });
});
