import type { Page } from 'playwright-core';

/** Every result link's href on /search/, after pressing "Show more" until no result is left to show. */
export async function allResultHrefs(page: Page): Promise<string[]> {
  while (await page.locator('[data-more]').isVisible()) {
    const before = await page.locator('[data-results] > li').count();
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  return page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
