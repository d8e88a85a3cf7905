/** The parts of Pagefind's browser API this site uses (the bundle ships no types). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  /** Relevance; with a sort, Pagefind's own order is the one to use. */
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads and initialises Pagefind once per page view. Start-up costs 150–260 ms, so callers
 * trigger it on intent (focus on a search box), never on page load. `base` is the site's base
 * path, which Pagefind needs to load its files and to prefix result URLs.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(pagefindOptions(base, 'pagefind/'));
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The Pagefind of the index in `folder` (a shard other than the first), as a module of its own.
 * Not `createInstance`: in Pagefind 1.6 instances of one module share one WebAssembly state
 * (and one worker), and a second instance's searches fail with "unreachable" or "memory access
 * out of bounds"; each shard's own `pagefind.js` is a separate module with separate state.
 */
export async function loadShardPagefind(base: string, folder: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}${folder}pagefind.js`)) as Pagefind;
  await pagefind.options(pagefindOptions(base, folder));
  await pagefind.init();
  return pagefind;
}

/** Options of the index in `folder` (under the site's base): where its files are and how results link. */
export function pagefindOptions(base: string, folder: string): Record<string, unknown> {
  return { basePath: `${base}${folder}`, baseUrl: base, excerptLength: 24 };
}
