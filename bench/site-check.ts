/**
 * Does a built site work? `node bench/site-check.ts <dist> [projects] [seed]` serves `dist/` on
 * loopback (gzip, as bench/serve.ts does) and, in headless Chromium, opens one page of each kind
 * in both languages, then searches through the real search page (`/search/?…`, our UI over every
 * shard of the index) in a fresh browser context each time, so every search is cold. For a site
 * built from `bench/generate.ts` content, pass its project count and seed so the rare-term query
 * is a word planted in one record. Prints one JSON report; exits 1 if a page or search failed.
 * Made for builds too big for the benchmark's full run (100,000 projects).
 */
import type { Browser } from 'playwright-core';
import { launchChromium, watchErrors } from '../tests/helpers/browser.ts';
import { generate } from './generate.ts';
import { serveStatic } from './serve.ts';

const [dist, countText, seedText] = process.argv.slice(2);
if (!dist) throw new Error('usage: node bench/site-check.ts <dist> [projects] [seed]');
const count = Number(countText ?? 0);
const seed = Number(seedText ?? 20240601);
// Only the records' slugs and planted words are needed: generating is pure and takes seconds.
const records = count > 0 ? generate(count, seed) : [];
const middle = records[Math.floor(records.length / 2)];

const PAGES = [
  '',
  'projects/',
  ...(middle ? [`projects/${middle.slug}/`, `ru/projects/${middle.slug}/`] : []),
  'countries/kg/',
  'donors/usaid/',
  'organizations/',
  'ru/',
  'data/',
  'search/',
];

const SEARCHES = [
  '?q=water',
  ...(middle?.uniqueTerms[0] ? [`?q=${middle.uniqueTerms[0]}`] : []),
  '?country=KG',
  '?q=governance&country=TJ',
  '?donor=usaid&sort=budget-desc',
  '?q=%D0%B2%D0%BE%D0%B4%D0%B0'.replace('?', 'ru/?'),
];

interface SearchOutcome {
  state: string;
  /** The page's own result count line. */
  status: string;
  /** Result links shown on the first screen. */
  shown: number;
  /** From navigation to the results shown, ms. */
  ms: number;
  requests: number;
  bytes: number;
}

async function searchOnce(browser: Browser, origin: string, state: string): Promise<SearchOutcome> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let requests = 0;
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    requests++;
    bytes += (await request.sizes()).responseBodySize;
  });
  const [prefix, query] = state.startsWith('ru/') ? ['ru/', state.slice(3)] : ['', state];
  const started = Date.now();
  await page.goto(`${origin}/${prefix}search/${query}`);
  await page.waitForSelector(`form[data-rendered="${query}"]`, { timeout: 120_000 });
  const ms = Date.now() - started;
  const status = ((await page.locator('[data-status]').textContent()) ?? '').trim();
  const shown = await page.locator('[data-results] a[href*="/projects/"]').count();
  await context.close();
  return { state, status, shown, ms, requests, bytes };
}

const server = await serveStatic(dist, { gzip: true });
const browser = await launchChromium();
const failures: string[] = [];
const pages: { path: string; status: number; ms: number }[] = [];
const searches: SearchOutcome[] = [];
try {
  const page = await (await browser.newContext()).newPage();
  // A page that lists every project grows with the portfolio: time it rather than give up.
  page.setDefaultNavigationTimeout(300_000);
  const errors = watchErrors(page);
  for (const path of PAGES) {
    const started = Date.now();
    const response = await page.goto(`${server.origin}/${path}`);
    pages.push({ path: `/${path}`, status: response?.status() ?? 0, ms: Date.now() - started });
    if (response?.status() !== 200) failures.push(`/${path}: HTTP ${response?.status()}`);
  }
  if (errors.length) failures.push(...errors);
  for (const state of SEARCHES) {
    const outcome = await searchOnce(browser, server.origin, state);
    searches.push(outcome);
    if (outcome.shown === 0) failures.push(`search ${state}: no results shown (${outcome.status})`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({ dist, projects: count, pages, searches, failures }, null, 2));
process.exitCode = failures.length ? 1 : 0;
