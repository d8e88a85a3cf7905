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
/** `createInstance` and the rest of the module: one more index (a shard) with its own state. */
export interface PagefindModule extends Pagefind {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Loads and initialises Pagefind once per page view. Start-up costs 150–260 ms, so callers
 * trigger it on intent (focus on a search box), never on page load. `base` is the site's base
 * path, which Pagefind needs to load its files and to prefix result URLs.
 */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options(pagefindOptions(base, 'pagefind/'));
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Options of the index in `folder` (under the site's base): where its files are and how results link. */
export function pagefindOptions(base: string, folder: string): Record<string, unknown> {
  return { basePath: `${base}${folder}`, baseUrl: base, excerptLength: 24 };
}
