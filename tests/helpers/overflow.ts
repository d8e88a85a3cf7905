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

/** Tabs measuring at once: each waits on the browser between pages as much as on layout. */
const TABS = 3;

/**
 * The pages, among `paths`, whose document is wider than the viewport. Each page's HTML (from
 * `html`) is written into a tab already open on the site at `url` (Playwright's setContent), so
 * it is laid out with the site's own stylesheets exactly as when navigated to, at a third of
 * the cost of a navigation; overflow.test.ts checks that both give the same widths.
 */
export async function widePages(
  browser: Browser,
  url: string,
  paths: readonly string[],
  html: (path: string) => string,
): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, javaScriptEnabled: false });
  // Widths come from the HTML and its CSS; pictures keep their box and fonts are the system's,
  // so neither is fetched.
  await context.route('**/*', (route) =>
    ['image', 'media', 'font'].includes(route.request().resourceType()) ? route.abort() : route.continue(),
  );
  const wide: string[] = [];
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    // Stylesheet addresses are absolute paths, resolved against the page the tab is on.
    await page.goto(url);
    for (let index = next++; index < paths.length; index = next++) {
      const path = paths[index] ?? '';
      await page.setContent(html(path));
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

/** What a record's page must fit: its texts, and the lists its page shows one row or chip per item. */
export interface RecordShape {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(texts)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(texts)
        : [];
const longestWord = (record: RecordShape) =>
  Math.max(0, ...[...texts(record.data), record.body].flatMap((text) => text.split(/\s+/)).map((word) => word.length));
const listItems = (record: RecordShape) =>
  Object.values(record.data).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
const titleLength = (record: RecordShape) => String(record.data.title ?? '').length;

/**
 * The records whose pages are likeliest to be widest: for each measure of what a project page
 * must fit (the longest unbreakable word, the longest title, the most list items, the longest
 * body), the `each` records that score highest, plus `each` spread evenly over the rest. A
 * project page shows one record, so these bound every other's. Pages of other templates are
 * chosen the same way, by templateBounds.
 */
export function extremeRecords(records: readonly RecordShape[], each: number): string[] {
  const measures = [longestWord, titleLength, listItems, (record: RecordShape) => record.body.length];
  const chosen = new Set<string>();
  for (const measure of measures) {
    const ranked = [...records].sort((a, b) => measure(b) - measure(a) || a.slug.localeCompare(b.slug));
    for (const record of ranked.slice(0, each)) chosen.add(record.slug);
  }
  const step = Math.max(1, Math.floor(records.length / each));
  for (let index = 0; index < records.length; index += step) chosen.add(records[index]?.slug ?? '');
  chosen.delete('');
  return [...chosen].sort();
}

/**
 * The template a page path belongs to: its language prefix and section, with the value and the
 * page number replaced by `*` (`ru/countries/kg/page/3/` → `ru/countries/*\/page/*`). Embeds keep
 * their facet (`embed/donors/*`).
 */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const language = /^[a-z]{2}$/.test(segments[0] ?? '') ? 1 : 0;
  const section = segments[language] === 'embed' ? language + 1 : language;
  return segments.map((segment, index) => (index <= section || segment === 'page' ? segment : '*')).join('/');
}

const pageNumber = (path: string) => Number(/\/page\/(\d+)\/?$/.exec(path)?.[1] ?? 1);

/** What a built page has to fit, read off its HTML. */
export interface PageShape {
  /** Site path, as pagesOf gives it. */
  path: string;
  /** Size of its HTML file: the most text and rows to lay out. */
  bytes: number;
  /** Characters in the longest run of visible text with no space to break at. */
  longestWord: number;
}

/** The longest whitespace-free run of text in a page's HTML, outside scripts, styles and tags. */
export function longestWordOf(html: string): number {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, 'x');
  let longest = 0;
  for (const word of text.split(/\s+/)) longest = Math.max(longest, word.length);
  return longest;
}

/**
 * Of each template's pages (templateOf), the ones that bound the rest: the largest file (the
 * most text and rows to fit), the one with the longest unbreakable word (a long name or URL),
 * the highest page number (the widest pagination), and the first and middle pages in path
 * order as a spread. The pages of one template differ only in the records and names they
 * show, so a page too wide for its content shows up among these.
 */
export function templateBounds(pages: readonly PageShape[]): string[] {
  const byTemplate = Map.groupBy(pages, (page) => templateOf(page.path));
  const chosen = new Set<string>();
  const most = (group: PageShape[], measure: (page: PageShape) => number) =>
    group.reduce((best, page) => (measure(page) > measure(best) ? page : best));
  for (const group of byTemplate.values()) {
    const inOrder = group.toSorted((a, b) => a.path.localeCompare(b.path));
    for (const page of [
      most(group, (page) => page.bytes),
      most(group, (page) => page.longestWord),
      most(group, (page) => pageNumber(page.path)),
      inOrder[0],
      inOrder[Math.floor(inOrder.length / 2)],
    ])
      if (page) chosen.add(page.path);
  }
  return [...chosen].sort();
}
