/**
 * The result list's logic, free of the DOM: what to ask Pagefind for, how many results to
 * show at a time, and the words around the list.
 */
import { formatMessage } from '../i18n/format.ts';
import type { SearchMessages } from './search-messages.ts';
import { effectiveSort, type FilterKey, pagefindFilters, type SearchState, SORTS } from './search-state.ts';

/** Results added per "Show more". */
export const PAGE_SIZE = 10;

export interface SearchRequest {
  /** Pagefind's search term; `null` lists every page that passes the filters. */
  term: string | null;
  options: { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> };
}

/**
 * The Pagefind search for a state. With no words the term is `null` and the order is the
 * effective sort (newest first, as on /projects/), since there is no relevance to rank by.
 */
export function searchRequest(state: SearchState): SearchRequest {
  const sort = SORTS[effectiveSort(state)];
  return { term: state.query || null, options: { filters: pagefindFilters(state), ...(sort ? { sort } : {}) } };
}

/** The search that counts group `key`'s values: the same words, without that group's filters. */
export function countRequest(state: SearchState, key: FilterKey): SearchRequest {
  return { term: state.query || null, options: { filters: pagefindFilters(state, key) } };
}

/** The slice of results to add after `shown` are on screen, and whether more remain after it. */
export function nextBatch(
  total: number,
  shown: number,
  size = PAGE_SIZE,
): { start: number; end: number; more: boolean } {
  const start = Math.min(Math.max(shown, 0), total);
  const end = Math.min(start + size, total);
  return { start, end, more: end < total };
}

/** "1 project found" / "12 projects found". */
export function countText(messages: SearchMessages, count: number): string {
  return formatMessage(messages.count, { count }, messages.locale);
}

/** "Filters" / "Filters (3)": the label of the control that opens the filter panel on small screens. */
export function filtersToggleText(messages: SearchMessages, active: number): string {
  return formatMessage(messages.filtersToggle, { count: active }, messages.locale);
}

/** The default sort's label: "Best match" with words, "Newest first" without, as it then orders. */
export function defaultSortLabel(messages: SearchMessages, state: SearchState): string {
  return state.query ? messages.sortRelevance : messages.sortRelevanceEmpty;
}
