/**
 * The search the page runs, over one Pagefind index or several shards of it (see
 * src/search-shards/). With one shard it is Pagefind's own search and nothing more is loaded;
 * with more, each shard is its own Pagefind module, and their answers are merged: counts summed,
 * lists merged in the chosen order, loading only the results a page of the list needs.
 */
import { type Counts, compareKeys, mergeKeyOf, mergeLists, sumCounts } from '../search-shards/merge.ts';
import { shardFolder } from '../search-shards/plan.ts';
import {
  loadPagefind,
  loadShardPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';
import type { SearchRequest } from './result-list.ts';

/** One search's answer: how many results, the filter counts, and the results a slice at a time. */
export interface SearchOutcome {
  total: number;
  filters: Counts;
  /** Results `start` to `end`, in order, with their data. */
  slice(start: number, end: number): Promise<PagefindResultData[]>;
}

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchOutcome | null>;
  /** Loads every filter's values (Pagefind reports counts only for loaded filters). */
  filters(): Promise<unknown>;
}

const loaded = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
/** A result's data, fetched once however often it is asked for (merging reads it before showing it). */
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loaded.get(result);
  if (!data) {
    data = result.data();
    loaded.set(result, data);
  }
  return data;
}

function single(pagefind: Pagefind): SearchEngine {
  return {
    filters: () => pagefind.filters(),
    async search(request) {
      const search = await pagefind.search(request.term, request.options);
      if (!search) return null;
      const { results } = search;
      return {
        total: results.length,
        filters: search.filters,
        slice: (start, end) => Promise.all(results.slice(start, end).map(dataOf)),
      };
    },
  };
}

function sharded(shards: readonly Pagefind[]): SearchEngine {
  return {
    filters: () => Promise.all(shards.map((shard) => shard.filters())),
    async search(request) {
      const searches = await Promise.all(shards.map((shard) => shard.search(request.term, request.options)));
      if (searches.some((search) => !search)) return null;
      const lists = searches.map((search) => search?.results ?? []);
      const [sortKey, direction] = Object.entries(request.options.sort ?? {})[0] ?? [];
      const list = sortKey
        ? mergeLists(
            lists,
            async (result: PagefindResult) => mergeKeyOf((await dataOf(result)).meta, sortKey),
            compareKeys(direction ?? 'asc'),
          )
        : mergeLists(
            lists,
            (result: PagefindResult) => result.score,
            (a, b) => b - a,
          );
      return {
        total: list.total,
        filters: sumCounts(searches.map((search) => search?.filters ?? {})),
        slice: async (start, end) => Promise.all((await list.slice(start, end)).map(dataOf)),
      };
    },
  };
}

let engine: Promise<SearchEngine> | undefined;

/**
 * The search over `shards` shards of the index under `base`, loaded once per page view.
 * Shard 0 is the Pagefind module every page preloads; the others load their own.
 */
export function loadSearch(base: string, shards: number): Promise<SearchEngine> {
  engine ??= (async () => {
    const pagefind = await loadPagefind(base);
    if (shards <= 1) return single(pagefind);
    const others = await Promise.all(
      Array.from({ length: shards - 1 }, (_, i) => loadShardPagefind(base, shardFolder(i + 1))),
    );
    return sharded([pagefind, ...others]);
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}
