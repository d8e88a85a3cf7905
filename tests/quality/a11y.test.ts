import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  axeViolations,
  COLOUR_RULES,
  focused,
  resetFocus,
  tabStops,
  tabTo,
  undersizedTargets,
} from '../helpers/a11y.ts';
import { launchChromium, watchErrors } from '../helpers/browser.ts';
import { rootSite } from '../setup/sites.ts';

const site = rootSite(inject('qualitySites'));

/** The properties set inside every `prefers-color-scheme: dark` block of the built stylesheets. */
function darkProperties(dist: string): string[] {
  const folder = join(dist, '_astro');
  const css = readdirSync(folder)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
  const found: string[] = [];
  for (const match of css.matchAll(/prefers-color-scheme:\s*dark\s*\)\s*\{/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let at = start;
    for (let depth = 1; at < css.length && depth > 0; at++) {
      if (css[at] === '{') depth++;
      else if (css[at] === '}') depth--;
    }
    // A declaration runs to `;` or `}` with no `{` on the way (a selector such as `a:hover` has one).
    for (const declaration of `;${css.slice(start, at)}`.matchAll(/[{;]\s*([-a-z]+)\s*:[^{};]*(?=[;}])/g))
      found.push(declaration[1] ?? '');
  }
  return found;
}

// Dark mode runs only axe's colour rules (COLOUR_RULES), which holds while a scheme changes
// colours and nothing else: no element shown, hidden, moved or resized by scheme.
test('the dark scheme changes colours only, so the colour rules are all it needs re-checked', () => {
  const properties = darkProperties(site.dist);
  expect(properties.length).toBeGreaterThan(10);
  const colourish = /(^|-)(color|background|fill|stroke|shadow|scheme)(-|$)|^--/;
  expect(properties.filter((name) => !colourish.test(name))).toEqual([]);
});

/** Waits until the search page shows the state in its address bar. */
async function searchSettled(page: Page): Promise<void> {
  const shown = () =>
    document.querySelector('form[data-search-page]')?.getAttribute('data-rendered') === location.search;
  await page.waitForFunction(shown, null, { timeout: 15_000 });
}

interface PageState {
  name: string;
  path: string;
  /** Brings the page into the state to check, after it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

/** Every page template, and the search page in each of its states. */
const PAGES: PageState[] = [
  { name: 'home', path: '' },
  { name: 'project list', path: 'projects/' },
  { name: 'project page with an image', path: 'projects/clean-water-naryn/' },
  { name: 'project page with partners, places and contacts', path: 'projects/successful-aimak-2/' },
  ...['countries', 'donors', 'implementers', 'regions', 'solutions', 'sdgs', 'status'].map((facet) => ({
    name: `${facet} index`,
    path: `${facet}/`,
  })),
  ...[
    'countries/kg',
    'donors/usaid',
    'implementers/dpi',
    'regions/naryn-oblast',
    'solutions/governance',
    'sdgs/6',
    'status/active',
  ].map((value) => ({ name: `${value} value page`, path: `${value}/` })),
  { name: 'search, empty', path: 'search/', prepare: searchSettled },
  { name: 'search with results', path: 'search/?q=water', prepare: searchSettled },
  {
    name: 'search with a filter group opened and a filter ticked',
    path: 'search/?q=water',
    prepare: async (page) => {
      await searchSettled(page);
      await page.click('details:has(input[name="region"]) > summary');
      await page.check('input[name="region"][value="naryn-oblast"]');
      await page.waitForURL(/region=naryn-oblast/);
      await searchSettled(page);
    },
  },
  { name: 'search with zero results', path: 'search/?q=water&status=cancelled', prepare: searchSettled },
  { name: '404', path: 'no-such-page/' },
  // The Russian templates: longer words, another script, and an untranslated record's English text.
  { name: 'Russian home', path: 'ru/' },
  { name: 'Russian project page', path: 'ru/projects/successful-aimak-2/' },
  { name: 'Russian page of an untranslated record', path: 'ru/projects/clean-water-naryn/' },
  { name: 'Russian facet value page', path: 'ru/countries/kg/' },
  { name: 'Russian organisation page', path: 'ru/organizations/undp/' },
  { name: 'Russian search with results', path: 'ru/search/?q=%D0%B2%D0%BE%D0%B4%D0%B0', prepare: searchSettled },
];

describe('accessibility in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = watchErrors(page);
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
  });
  afterAll(async () => {
    await browser.close();
  });

  async function open(state: PageState): Promise<void> {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.url}${state.path}`);
    await state.prepare?.(page);
  }

  // Each page is opened once for its three checks (a search state takes a search to reach).
  // Axe reads the page without changing it; the Tab walk and the skip link start from the top.
  describe.each(PAGES)('$name', (state) => {
    beforeAll(async () => {
      await open(state);
    });

    test('no axe violations in light and dark mode, and targets are large enough', async () => {
      const light = await axeViolations(page);
      const targets = await undersizedTargets(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      // A scheme changes colours only (nothing is shown or hidden by scheme): dark re-runs the colour rules.
      const dark = await axeViolations(page, COLOUR_RULES);
      await page.emulateMedia({ colorScheme: 'light' });
      expect.soft(light, 'axe, light mode').toEqual([]);
      expect.soft(dark, 'axe, dark mode').toEqual([]);
      expect.soft(targets, 'targets under 24×24 px without spacing').toEqual([]);
    });

    test('every Tab stop shows a focus indicator', async () => {
      const stops = await tabStops(page);
      expect(stops.length).toBeGreaterThan(5);
      const hidden = stops.filter((stop) => !stop.indicated || !stop.visible);
      expect(hidden.map((stop) => `${stop.element}: outline ${stop.outline}, shadow ${stop.boxShadow}`)).toEqual([]);
    });

    test('the skip link appears on focus and moves focus to main', async () => {
      await resetFocus(page);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const element = document.activeElement;
        const box = element?.getBoundingClientRect();
        return {
          href: element?.getAttribute('href'),
          onScreen: !!box && box.width > 20 && box.height > 20 && box.top >= 0,
        };
      });
      expect(skip, 'the first Tab stop is a skip link to #main, visible on screen').toEqual({
        href: '#main',
        onScreen: true,
      });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.activeElement?.closest('main') !== null),
        'the next stop is in main',
      ).toBe(true);
    });
  });

  test('the header search box, a navigation link and the 404 search form work by keyboard', async () => {
    await page.goto(site.url);
    await tabTo(page, 'nav[aria-label="Main"] a');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}projects/`);

    await tabTo(page, '#site-search');
    await page.keyboard.type('water');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}search/?q=water`);
    await searchSettled(page);

    await page.goto(`${site.url}no-such-page/`);
    await tabTo(page, '#notfound-search');
    await page.keyboard.type('irrigation');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}search/?q=irrigation`);
    await searchSettled(page);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
  });

  test('every search control works by keyboard', async () => {
    await page.goto(`${site.url}search/`);
    await searchSettled(page);
    const results = () => page.locator('[data-results] > li').count();

    // More than one page of results: "Show more" appends the rest.
    expect(await page.locator('[data-more]').isVisible()).toBe(true);
    const firstPage = await results();
    await tabTo(page, '[data-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, firstPage);

    await resetFocus(page);
    await tabTo(page, '#search-query');
    await page.keyboard.type('water');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=water$/);
    await searchSettled(page);

    await tabTo(page, '#search-sort');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/sort=/);
    await searchSettled(page);

    // A closed filter group opens with Enter; a checkbox in it ticks with Space.
    await tabTo(page, 'details:has(input[name="solution"]) > summary');
    expect(await page.locator('details:has(input[name="solution"])').getAttribute('open')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await page.locator('details:has(input[name="solution"])').getAttribute('open')).toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('solution');
    await page.keyboard.press('Space');
    await page.waitForURL(/solution=/);
    await searchSettled(page);

    // "Clear all" removes the filters and the sort again.
    await page.locator('#search-query').focus();
    await tabTo(page, '[data-clear]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=water$/);
    await searchSettled(page);

    // With no results, each active filter gets a button that removes it.
    await page.goto(`${site.url}search/?q=water&status=cancelled`);
    await searchSettled(page);
    await tabTo(page, '[data-active-filters] button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=water$/);
    await searchSettled(page);
    expect(await results()).toBeGreaterThan(0);

    // A result is a link that opens its project.
    await page.locator('#search-query').focus();
    await tabTo(page, '[data-results] a');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(await focused(page)).toBeUndefined();
  });

  test('nothing failed to load but the 404 page itself, and nothing logged an error', () => {
    expect(failedRequests.filter((request) => request !== `404 ${site.url}no-such-page/`)).toEqual([]);
    // Chromium logs every 404 response, the intended ones included; the check above covers them.
    const notFound = 'console: Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(errors.filter((error) => error !== notFound)).toEqual([]);
  });
});
