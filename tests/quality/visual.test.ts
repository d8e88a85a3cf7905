/**
 * Visual regression: each page template at 360 and 1280 px, light and dark, against the
 * baselines in tests/visual/baselines/. A layout change fails here until the baselines are
 * updated on purpose: `UPDATE_VISUAL_BASELINES=1 npx vitest run --project quality tests/quality/visual.test.ts`.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { OUTPUT, ROOT } from '../helpers/build.ts';
import { compareWithBaseline } from '../helpers/visual.ts';
import { rootSite } from '../setup/sites.ts';

const site = rootSite(inject('qualitySites'));
const UPDATE = process.env.UPDATE_VISUAL_BASELINES === '1';
/** Share of pixels allowed to differ: anti-aliasing noise, not a moved block. */
const TOLERANCE = 0.002;

/** One page per template; search is left to its own tests, as its results load after the page. */
const TEMPLATES = [
  ['home', ''],
  ['project-list', 'projects/'],
  ['project', 'projects/successful-aimak-2/'],
  ['facet-index', 'regions/'],
  ['sdg-index', 'sdgs/'],
  ['facet-value', 'countries/kg/'],
  ['not-found', 'no-such-page/'],
  ['project-ru', 'ru/projects/successful-aimak-2/'],
] as const;
const CASES = TEMPLATES.flatMap(([name, path]) =>
  ([360, 1280] as const).flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => ({ name, path, width, scheme, id: `${name}-${width}-${scheme}` })),
  ),
);

describe('visual regression', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  test.each(CASES)('$id matches its baseline', async ({ path, width, scheme, id }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    const screenshot = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await context.close();
    const result = await compareWithBaseline(
      screenshot,
      join(ROOT, 'tests/visual/baselines', `${id}.png`),
      join(OUTPUT, 'visual', id),
      UPDATE,
    );
    expect(result.problem, 'run with UPDATE_VISUAL_BASELINES=1 to accept a change on purpose').toBeUndefined();
    expect(
      result.share,
      `${result.differing} pixels differ; see .test-output/visual/${id}-diff.png`,
    ).toBeLessThanOrEqual(TOLERANCE);
  });
});
