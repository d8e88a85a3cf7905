import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/model/content/load.ts';
import { axeViolations } from '../helpers/a11y.ts';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { page as distPage, listedSlugs } from '../helpers/dist.ts';
import { allResultHrefs } from '../helpers/results.ts';

const sites = inject('searchSites');
const content = loadContent(inject('searchContent'));
const allSlugs = content.projects.map((project) => project.slug).sort();

/** A distinctive phrase from each seed's own text. */
const SEED_QUERIES: [slug: string, query: string][] = [
  ['kyrgyzstan-tajikistan-policy-innovation-facility', 'demand-driven support for policy development'],
  ['successful-aimak-2', 'Civic Identity Concept'],
  ['collaborative-governance-program', 'Free Legal Aid Centers'],
  ['strengthening-community-of-practice-creators-innovators', 'bottom-up community of practice'],
  ['migration-and-development-at-the-local-level', 'gender approach into local migration'],
];

/** Facet pages and their search-filter names: the filter must list what the page lists. */
const FACET_FILTERS: [folder: string, filter: string, toFilterValue: (id: string) => string][] = [
  ['countries', 'country', (id) => id.toUpperCase()],
  ['donors', 'donor', (id) => id],
  ['implementers', 'implementer', (id) => id],
  ['regions', 'region', (id) => id],
  ['solutions', 'solution', (id) => id],
  ['sdgs', 'sdg', (id) => id],
  ['status', 'status', (id) => id],
];

describe.each(sites)('search on the site served at $base', (site) => {
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

  /** Waits until the page shows `query` (a serialised state), then returns every result's slug. */
  async function shownSlugs(expectedState: string): Promise<string[]> {
    await page.waitForSelector(`form[data-rendered="${expectedState}"]`, { timeout: 15_000 });
    const hrefs = await allResultHrefs(page);
    return hrefs.map((href) => {
      expect(href.startsWith(`${site.base}projects/`), href).toBe(true);
      return href.split('/').filter(Boolean).at(-1) ?? '';
    });
  }

  async function open(state: string): Promise<string[]> {
    await page.goto(`${site.url}search/${state}`);
    return shownSlugs(state);
  }

  function facetSlugs(folder: string, id: string): string[] {
    return listedSlugs(site.dist, `/${folder}/${id}/`, site.base).sort();
  }

  /** The slugs /projects/ lists, in its order, following its pages to the end. */
  function projectsPageOrder(): string[] {
    const slugs: string[] = [];
    let next: string | undefined = '/projects/';
    while (next) {
      const $ = distPage(site.dist, next);
      slugs.push(
        ...$('main article h2 a')
          .map((_, a) => ($(a).attr('href') ?? '').split('/').filter(Boolean).at(-1))
          .get(),
      );
      const href = $('a[rel="next"]').attr('href');
      next = href ? `/${href.slice(site.base.length)}` : undefined;
    }
    return slugs;
  }

  function facetIds(folder: string): string[] {
    const $ = distPage(site.dist, `/${folder}/`);
    return $('main [data-facet-value] a')
      .map((_, a) => ($(a).attr('href') ?? '').split('/').filter(Boolean).at(-1))
      .get();
  }

  test.each(SEED_QUERIES)('a phrase from %s finds it first', async (slug, query) => {
    const slugs = await open(`?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    expect(slugs[0]).toBe(slug);
  });

  // Which projects a filter finds does not depend on the base path: every facet is checked at
  // `/`, and under another base only the countries, to prove filters and their links follow it.
  const facetFilters = site.base === '/' ? FACET_FILTERS : FACET_FILTERS.slice(0, 1);
  test.each(facetFilters)('each %s filter lists exactly the facet page projects', async (folder, filter, toValue) => {
    const ids = facetIds(folder);
    expect(ids.length).toBeGreaterThan(0);
    // The first value is opened by its address; each next one as a visitor switches filters on
    // the page: the previous box unticked, the next ticked, and the address follows.
    let previous: string | undefined;
    for (const id of ids) {
      const value = toValue(id);
      const state = `?${filter}=${encodeURIComponent(value)}`;
      if (previous === undefined) await page.goto(`${site.url}search/${state}`);
      else {
        // A collapsed filter group is opened as a visitor opens it, by its summary.
        const group = page.locator(`details:has(input[name="${filter}"])`);
        if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
        await page.uncheck(`input[name="${filter}"][value="${previous}"]`);
        await page.check(`input[name="${filter}"][value="${value}"]`);
      }
      const slugs = await shownSlugs(state);
      expect(new URL(page.url()).search, `${filter}=${id}`).toBe(state);
      expect(slugs.sort(), `${filter}=${id}`).toEqual(facetSlugs(folder, id));
      previous = value;
    }
  });

  test('a search with no words lists every project in the order of /projects/ (newest first)', async () => {
    const order = projectsPageOrder();
    expect(order.slice().sort()).toEqual(allSlugs);
    expect(await open('')).toEqual(order);
    expect(await page.locator('#search-sort option[value="relevance"]').textContent()).toBe('Newest first');
    // The same order, narrowed, when only filters are set.
    const kg = facetSlugs('countries', 'kg');
    expect(await open('?country=KG')).toEqual(order.filter((slug) => kg.includes(slug)));
  });

  // What the search page does with a state (filters, sorting, chips, counts, the live region,
  // the small screen) does not depend on the base path: it is checked at `/`. Under another base
  // the tests above and below check what does: result links, filters, the URL and history, the
  // header box, images and assets.
  if (site.base === '/') {
    describe('search behaviour (the same under any base path)', () => {
      test('the start-year filter lists the projects starting that year', async () => {
        const expected = content.projects
          .filter((p) => p.data.start?.year === 2019)
          .map((p) => p.slug)
          .sort();
        expect(expected.length).toBeGreaterThan(1);
        expect((await open('?year=2019')).sort()).toEqual(expected);
      });

      test('OR within a group, AND across groups', async () => {
        const kg = facetSlugs('countries', 'kg');
        const tj = facetSlugs('countries', 'tj');
        const usaid = facetSlugs('donors', 'usaid');
        const either = [...new Set([...kg, ...tj])].sort();
        expect((await open('?country=KG&country=TJ')).sort()).toEqual(either);
        const tjAndUsaid = tj.filter((slug) => usaid.includes(slug)).sort();
        expect(tjAndUsaid.length).toBeGreaterThan(0);
        expect(tjAndUsaid.length).toBeLessThan(tj.length);
        expect((await open('?country=TJ&donor=usaid')).sort()).toEqual(tjAndUsaid);
      });

      test.each(['start-desc', 'start-asc', 'end-desc', 'end-asc', 'title-asc', 'budget-desc'])(
        'sorting by %s keeps every project',
        async (sort) => {
          expect((await open(`?sort=${sort}`)).sort()).toEqual(allSlugs);
        },
      );

      test('newest first, oldest first and largest budget first order correctly; no budget sorts last', async () => {
        const starts = new Map(content.projects.map((p) => [p.slug, p.data.start?.year ?? 0]));
        const newestSlugs = await open('?sort=start-desc');
        const newest = newestSlugs.map((slug) => starts.get(slug) ?? 0);
        expect(newest).toEqual([...newest].sort((a, b) => b - a));
        // Oldest first is newest first reversed (one sort key serves both): undated projects first.
        expect(await open('?sort=start-asc')).toEqual([...newestSlugs].reverse());
        const byBudget = await open('?sort=budget-desc');
        expect(byBudget[0]).toBe('hydropower-rehabilitation');
        const unbudgeted = content.projects.filter((p) => !p.data.budget).map((p) => p.slug);
        expect(byBudget.slice(-unbudgeted.length).sort()).toEqual(unbudgeted.sort());
      });

      test('the search page has exactly one search box; other pages keep the header one', async () => {
        await open('?q=water');
        expect(await page.locator('input[type="search"]').count()).toBe(1);
        expect(await page.locator('[role="search"]').count()).toBe(1);
        await page.goto(`${site.url}projects/`);
        expect(await page.locator('#site-search').count()).toBe(1);
      });

      test('active filters show as removable chips above the results; removing one keeps the others', async () => {
        await open('?q=water&country=KG&donor=usaid');
        const chips = page.locator('[data-active-filters] button');
        const usaid = 'Donor: United States Agency for International Development ×';
        expect(await chips.allTextContents()).toEqual(['Country: Kyrgyzstan ×', usaid]);
        expect(await chips.first().getAttribute('aria-label')).toBe('Remove filter Country: Kyrgyzstan');
        const chipsBox = await page.locator('[data-active-filters]').boundingBox();
        const firstResult = await page.locator('[data-results] > li').first().boundingBox();
        expect(chipsBox && firstResult && chipsBox.y + chipsBox.height <= firstResult.y).toBe(true);

        await chips.first().focus();
        await page.keyboard.press('Enter');
        await shownSlugs('?q=water&donor=usaid');
        expect(new URL(page.url()).search).toBe('?q=water&donor=usaid');
        expect(await page.isChecked('input[name="country"][value="KG"]')).toBe(false);
        expect(await chips.allTextContents()).toEqual([usaid]);
        await chips.first().click();
        await shownSlugs('?q=water');
        expect(await page.locator('[data-active-filters]').isVisible()).toBe(false);
      });

      describe('on a 360×800 screen', () => {
        let phone: Page;
        let phoneErrors: string[];
        beforeAll(async () => {
          phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
          phoneErrors = watchErrors(phone);
        });
        afterAll(async () => {
          await phone.close();
        });

        async function openOnPhone(state: string): Promise<void> {
          await phone.goto(`${site.url}search/${state}`);
          await phone.waitForSelector(`form[data-rendered="${state}"]`, { timeout: 15_000 });
        }

        test('/search/?q=governance shows the result count and the first result on the first screen', async () => {
          await openOnPhone('?q=governance');
          const status = await phone.locator('[role="status"]').boundingBox();
          const first = await phone.locator('[data-results] > li').first().boundingBox();
          expect(await phone.locator('[role="status"]').textContent()).toMatch(/^\d+ projects? found$/);
          expect(status).not.toBeNull();
          expect(first).not.toBeNull();
          if (!status || !first) return;
          expect(status.y + status.height, 'the count is on the first screen').toBeLessThanOrEqual(800);
          // The first result's title at least: its card starts on the first screen with its heading in view.
          const heading = await phone.locator('[data-results] > li h3').first().boundingBox();
          expect(first.y).toBeLessThan(800);
          expect(
            heading && heading.y + heading.height,
            'the first result title is on the first screen',
          ).toBeLessThanOrEqual(800);
          expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        });

        test('the filter panel is closed behind a "Filters (n)" control that opens it by keyboard', async () => {
          await openOnPhone('?q=water&country=KG');
          const toggle = phone.locator('[data-filters-toggle]');
          const panel = phone.locator('[data-filters-panel]');
          expect(await toggle.textContent()).toBe('Filters (1)');
          expect(await toggle.getAttribute('aria-expanded')).toBe('false');
          expect(await panel.isVisible()).toBe(false);

          await toggle.focus();
          await phone.keyboard.press('Enter');
          expect(await toggle.getAttribute('aria-expanded')).toBe('true');
          expect(await panel.isVisible()).toBe(true);
          expect(await axeViolations(phone)).toEqual([]);

          // Ticking a second value updates the control's count; the panel stays open.
          await phone.check('input[name="country"][value="TJ"]');
          await phone.waitForSelector('form[data-rendered="?q=water&country=KG&country=TJ"]', { timeout: 15_000 });
          expect(await toggle.textContent()).toBe('Filters (2)');
          expect(await panel.isVisible()).toBe(true);

          await toggle.focus();
          await phone.keyboard.press('Space');
          expect(await panel.isVisible()).toBe(false);
          expect(await axeViolations(phone)).toEqual([]);
        });

        test('on a wide screen the panel shows beside the results and the control is hidden', async () => {
          await phone.setViewportSize({ width: 1280, height: 900 });
          await openOnPhone('?q=water');
          expect(await phone.locator('[data-filters-panel]').isVisible()).toBe(true);
          expect(await phone.locator('[data-filters-toggle]').isVisible()).toBe(false);
          await phone.setViewportSize({ width: 360, height: 800 });
        });

        test('nothing logged an error on the small screen', () => {
          expect(phoneErrors).toEqual([]);
        });
      });

      test('the live region announces the count and ticking a filter keeps focus on it', async () => {
        await open('?q=water');
        const status = page.locator('[role="status"]');
        expect(await status.getAttribute('aria-live')).toBe('polite');
        const count = await page.locator('[data-results] > li').count();
        expect(await status.textContent()).toBe(count === 1 ? '1 project found' : `${count} projects found`);

        const box = page.locator('input[name="country"][value="TJ"]');
        await box.focus();
        await page.keyboard.press('Space');
        await shownSlugs('?q=water&country=TJ');
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('TJ');
      });

      test('filter counts are per value, and OR-aware within a ticked group', async () => {
        await open('?country=KG');
        const countOf = (name: string, value: string) =>
          page.locator(`label:has(input[name="${name}"][value="${value}"]) [data-count]`).textContent();
        expect(await countOf('country', 'TJ')).toBe(String(facetSlugs('countries', 'tj').length));
        const usaidInKg = facetSlugs('donors', 'usaid').filter((slug) => facetSlugs('countries', 'kg').includes(slug));
        expect(await countOf('donor', 'usaid')).toBe(String(usaidInKg.length));
      });

      test('no results suggests removing filters', async () => {
        expect(await open('?q=water&status=cancelled')).toEqual([]);
        expect(await page.locator('[role="status"]').textContent()).toBe('0 projects found');
        await expect(page.locator('[data-empty]').isVisible()).resolves.toBe(true);
        await page.click('[data-active-filters] button');
        expect((await shownSlugs('?q=water')).length).toBeGreaterThan(0);
      });
    });
  }

  test('a URL opened cold restores the state, and back and forward replay it', async () => {
    const state = '?q=water&country=KG&sort=title-asc';
    const first = await open(state);
    expect(first).toContain('clean-water-naryn');
    expect(await page.inputValue('#search-query')).toBe('water');
    expect(await page.inputValue('#search-sort')).toBe('title-asc');
    expect(await page.isChecked('input[name="country"][value="KG"]')).toBe(true);

    await page.check('input[name="country"][value="TJ"]');
    const widened = '?q=water&country=KG&country=TJ&sort=title-asc';
    await shownSlugs(widened);
    expect(new URL(page.url()).search).toBe(widened);

    await page.goBack();
    expect(await shownSlugs(state)).toEqual(first);
    expect(await page.isChecked('input[name="country"][value="TJ"]')).toBe(false);
    await page.goForward();
    await shownSlugs(widened);
    expect(await page.isChecked('input[name="country"][value="TJ"]')).toBe(true);
  });

  test('the header search box leads to the search page', async () => {
    await page.goto(`${site.url}projects/`);
    await page.fill('#site-search', 'irrigation');
    await page.press('#site-search', 'Enter');
    expect(await shownSlugs('?q=irrigation')).toContain('orchards-and-irrigation');
  });

  test('a project image is optimised on its page and shown on its result card', async () => {
    await open('?q=chlorinated');
    const card = page.locator('[data-results] li').first();
    expect(await card.locator('img').getAttribute('alt')).toBe('A village water tap in Naryn oblast');
    const src = (await card.locator('img').getAttribute('src')) ?? '';
    expect(src.startsWith(`${site.base}_astro/`), src).toBe(true);
    expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
  });

  test('nothing logged an error', () => {
    expect(errors).toEqual([]);
  });
});
