/**
 * Search as a visitor meets it: a built project page in headless Chromium, served on loopback,
 * then Pagefind's JS API called in the page (not the search UI, which is still being written).
 *
 * For each query and network profile, a fresh browser context (empty HTTP cache) runs:
 *   cold: import pagefind.js, init, search, load the first ten results;
 *   warm: a second, different query of the same kind in the same page;
 *   hot:  that second query again.
 * Times are taken in the page with performance.now(). Bytes and requests come from
 * Playwright's request events, which, unlike the page's CDP session and resource timing, also
 * see the requests Pagefind 1.6 makes from its Web Worker. Throttling is CDP
 * `Network.emulateNetworkConditions` on the page, which Chromium also applies to the page's
 * dedicated workers (checked: worker fetches slow down by the added latency).
 */
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveStatic } from './serve.ts';

export interface NetworkProfile {
  name: string;
  /** Added round-trip latency, ms; 0 with throughput 0 means no emulation. */
  latencyMs: number;
  /** Bytes per second, down and up; 0 means unlimited. */
  downloadBps: number;
  uploadBps: number;
}

export const PROFILES: readonly NetworkProfile[] = [
  { name: 'loopback', latencyMs: 0, downloadBps: 0, uploadBps: 0 },
  // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbps down, 750 kbps up.
  { name: 'throttled', latencyMs: 150, downloadBps: 1_600_000 / 8, uploadBps: 750_000 / 8 },
];

export interface Query {
  term: string | null;
  filters?: Record<string, string>;
}

export interface QueryKind {
  kind: string;
  /** The cold query. */
  first: Query;
  /** The warm and hot query: same kind, different terms. */
  second: Query;
}

export interface Phase {
  /** Where the time to the first result went: module import, init(), search(), then data(). */
  breakdown: { importMs: number; initMs: number; searchMs: number };
  firstResultMs: number | null;
  tenResultsMs: number;
  results: number;
  requests: number;
  bytes: number;
}

export interface SearchFigures {
  kind: string;
  network: string;
  cold: Phase;
  warm: Phase;
  hot: Phase;
  /** Set when a filter the query uses is not in the index yet: figures are then not meaningful. */
  unavailable?: string;
  runs: number;
}

export interface ColdRequest {
  path: string;
  bytes: number;
  /** When the request started and its response ended, ms after the cold search began. */
  startMs: number;
  endMs: number;
}

export interface SearchReport {
  page: string;
  gzip: boolean;
  figures: SearchFigures[];
  /** Every request of one cold loopback run of the first query kind: where bytes and time go. */
  coldRequests: ColdRequest[];
  /** Filters and value counts the index offers. */
  filters: Record<string, number>;
}

interface InPage {
  imported: number;
  initialised: number;
  searched: number;
  first: number | null;
  ten: number;
  count: number;
}

/** The part of Pagefind's browser API the measurement uses. */
interface PagefindApi {
  init: () => Promise<void>;
  search: (
    term: string | null,
    options: { filters?: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

// Runs inside the page. The module is kept on `window` so warm and hot reuse it.
const searchInPage = async ({ query, load }: { query: Query; load: boolean }): Promise<InPage> => {
  const w = window as unknown as { __pf: PagefindApi };
  const t0 = performance.now();
  let imported = t0;
  let initialised = t0;
  if (load) {
    w.__pf = (await import('/pagefind/pagefind.js' as string)) as PagefindApi;
    imported = performance.now();
    await w.__pf.init();
    initialised = performance.now();
  }
  const search = await w.__pf.search(query.term, query.filters ? { filters: query.filters } : {});
  const searched = performance.now();
  let first: number | null = null;
  await Promise.all(
    search.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) =>
      result.data().then(() => {
        first ??= performance.now() - t0;
      }),
    ),
  );
  return {
    imported: imported - t0,
    initialised: initialised - t0,
    searched: searched - t0,
    first,
    ten: performance.now() - t0,
    count: search.results.length,
  };
};

export async function measureSearch(options: {
  distDir: string;
  pagePath: string;
  kinds: readonly QueryKind[];
  profiles?: readonly NetworkProfile[];
  repeats: number;
  gzip?: boolean;
  /** Run only the first N query kinds on throttled profiles (default: all). */
  throttledKinds?: number;
}): Promise<SearchReport> {
  const gzip = options.gzip ?? true;
  const server = await serveStatic(options.distDir, { gzip });
  const browser = await launchChromium();
  const report: SearchReport = { page: options.pagePath, gzip, figures: [], coldRequests: [], filters: {} };
  try {
    report.filters = await filterCounts(browser, server.origin + options.pagePath);
    // One discarded run: the first context of a fresh browser pays process start-up and
    // code-cache misses that no visitor's tab would.
    const warmUp = options.kinds[0];
    if (warmUp)
      await oneRun(browser, server.origin + options.pagePath, PROFILES[0] as NetworkProfile, warmUp, undefined);
    for (const profile of options.profiles ?? PROFILES) {
      const throttled = profile.latencyMs > 0 || profile.downloadBps > 0;
      const kinds = throttled ? options.kinds.slice(0, options.throttledKinds ?? options.kinds.length) : options.kinds;
      for (const kind of kinds) {
        const runs: { cold: Phase; warm: Phase; hot: Phase }[] = [];
        for (let i = 0; i < options.repeats; i++) {
          const log = report.coldRequests.length === 0 ? report.coldRequests : undefined;
          runs.push(await oneRun(browser, server.origin + options.pagePath, profile, kind, log));
        }
        const missing = Object.keys({ ...kind.first.filters, ...kind.second.filters }).filter(
          (name) => !(name in report.filters),
        );
        report.figures.push({
          kind: kind.kind,
          network: profile.name,
          cold: median(runs.map((r) => r.cold)),
          warm: median(runs.map((r) => r.warm)),
          hot: median(runs.map((r) => r.hot)),
          ...(missing.length ? { unavailable: `filter ${missing.join(', ')} not in the index` } : {}),
          runs: runs.length,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return report;
}

async function oneRun(
  browser: Browser,
  url: string,
  profile: NetworkProfile,
  kind: QueryKind,
  requestLog: ColdRequest[] | undefined,
): Promise<{ cold: Phase; warm: Phase; hot: Phase }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (profile.latencyMs || profile.downloadBps) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latencyMs,
        downloadThroughput: profile.downloadBps,
        uploadThroughput: profile.uploadBps,
      });
    }
    let phase = 'load';
    const seen: { phase: string; request: Request }[] = [];
    context.on('requestfinished', (request) => seen.push({ phase, request }));
    // networkidle: the favicon and anything else the page fetches late stay out of "cold".
    await page.goto(url, { waitUntil: 'networkidle' });

    const run = async (name: string, query: Query, load: boolean): Promise<Phase> => {
      phase = name;
      const began = Date.now();
      const r = await page.evaluate(searchInPage, { query, load });
      // Let late request events (e.g. a fragment that resolved last) arrive before counting.
      await page.waitForTimeout(50);
      const mine = seen.filter((entry) => entry.phase === name);
      const sizes = await Promise.all(mine.map((entry) => transferred(entry.request)));
      if (requestLog && name === 'cold') {
        for (const [i, entry] of mine.entries()) {
          const timing = entry.request.timing();
          requestLog.push({
            path: new URL(entry.request.url()).pathname,
            bytes: sizes[i] ?? 0,
            startMs: Math.round(timing.startTime - began),
            endMs: Math.round(timing.startTime + timing.responseEnd - began),
          });
        }
      }
      return {
        breakdown: {
          importMs: round(r.imported),
          initMs: round(r.initialised - r.imported),
          searchMs: round(r.searched - r.initialised),
        },
        firstResultMs: r.first === null ? null : round(r.first),
        tenResultsMs: round(r.ten),
        results: r.count,
        requests: mine.length,
        bytes: sizes.reduce((a, b) => a + b, 0),
      };
    };
    const cold = await run('cold', kind.first, true);
    const warm = await run('warm', kind.second, false);
    const hot = await run('hot', kind.second, false);
    return { cold, warm, hot };
  } finally {
    await context.close();
  }
}

/** Headers plus encoded body; Playwright reports 0 body bytes for worker scripts, so fall back to Content-Length. */
async function transferred(request: Request): Promise<number> {
  const sizes = await request.sizes().catch(() => undefined);
  if (!sizes) return 0;
  let body = sizes.responseBodySize;
  if (body <= 0) body = Number((await request.response())?.headers()['content-length'] ?? 0);
  return sizes.responseHeadersSize + body;
}

async function filterCounts(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const pf = await import('/pagefind/pagefind.js' as string);
      await pf.init();
      const filters = (await pf.filters()) as Record<string, Record<string, number>>;
      return Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, Object.keys(values).length]));
    });
  } finally {
    await context.close();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Median of each field, over runs (the middle run for odd counts, lower middle otherwise). */
function median(phases: Phase[]): Phase {
  const pickMedian = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;
  const firsts = phases.map((p) => p.firstResultMs).filter((v): v is number => v !== null);
  return {
    breakdown: {
      importMs: pickMedian(phases.map((p) => p.breakdown.importMs)),
      initMs: pickMedian(phases.map((p) => p.breakdown.initMs)),
      searchMs: pickMedian(phases.map((p) => p.breakdown.searchMs)),
    },
    firstResultMs: firsts.length ? pickMedian(firsts) : null,
    tenResultsMs: pickMedian(phases.map((p) => p.tenResultsMs)),
    results: pickMedian(phases.map((p) => p.results)),
    requests: pickMedian(phases.map((p) => p.requests)),
    bytes: pickMedian(phases.map((p) => p.bytes)),
  };
}
