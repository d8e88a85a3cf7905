import type { Browser } from 'playwright-core';
import { htmlFiles } from './dist.ts';

/** The phone width no page may scroll sideways at. */
export const WIDTH = 360;

/** Site paths of every page in a build, the home page as ''. */
export function pagesOf(dist: string): string[] {
  return htmlFiles(dist)
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => file.replace(/\\/g, '/').replace(/index\.html$/, ''));
}

/** Tabs measuring at once: page loads wait on the server and the network stack as much as on layout. */
const TABS = 3;

/** The pages, among `paths` under `url`, whose document is wider than the viewport. */
export async function widePages(browser: Browser, url: string, paths: readonly string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 } });
  // Widths come from the HTML and its CSS; pictures keep their box, fonts are the system's, and
  // scripts add nothing to the layout, so none of them is fetched.
  await context.route('**/*', (route) =>
    ['image', 'media', 'font', 'script'].includes(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  const wide: string[] = [];
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    for (let index = next++; index < paths.length; index = next++) {
      const path = paths[index] ?? '';
      await page.goto(`${url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) wide.push(`${path || '/'}: ${width} px`);
    }
  };
  try {
    await Promise.all(Array.from({ length: TABS }, worker));
  } finally {
    await context.close();
  }
  return wide.sort();
}
