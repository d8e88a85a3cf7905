/**
 * The search page's state and its URL form, e.g.
 * `?q=creative&country=KG&country=TJ&donor=usaid&sort=start-desc`.
 * Everything a visitor sees on /search/ is derived from this, so a link reproduces it.
 */

import { FACET_KEYS } from '../portfolio/facet-keys.ts';

/** Filter groups, in display order; each is a Pagefind filter name and a URL parameter: the facets, then start year. */
export const FILTER_KEYS = [...FACET_KEYS, 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * Sort options: URL value → Pagefind sort key and direction. `relevance` is Pagefind's own
 * order. Newest first uses `order`, each project's position on /projects/, so both list alike;
 * oldest first is that order reversed (projects without a start date first, as a missing start
 * sorted before), which saves a sort index of its own in every search's pf_meta.
 */
export const SORTS = {
  relevance: undefined,
  'start-desc': { order: 'asc' },
  'start-asc': { order: 'desc' },
  'end-desc': { end: 'desc' },
  'end-asc': { end: 'asc' },
  'title-asc': { title: 'asc' },
  'budget-desc': { budget: 'desc' },
} as const satisfies Record<string, Record<string, 'asc' | 'desc'> | undefined>;
export type SortId = keyof typeof SORTS;

export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
  sort: SortId;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

export function isSort(value: string | null): value is SortId {
  return value !== null && Object.hasOwn(SORTS, value);
}

/** Reads the state from a query string; unknown parameters and sorts are ignored. */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string for a state, stable in order so equal states give equal URLs. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    for (const value of [...state.filters[key]].sort()) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many filter values are ticked, across all groups. */
export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.reduce((total, key) => total + state.filters[key].length, 0);
}

/** The state with one filter value removed. */
export function withoutFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  return { ...state, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } };
}

/**
 * Pagefind's filter object: OR within a group (`any`), AND across groups. Pagefind's own
 * default is AND within a group, which would make "Kyrgyzstan or Tajikistan" find nothing.
 * `except` leaves one group out, to count what ticking a value in that group would give.
 */
export function pagefindFilters(state: SearchState, except?: FilterKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    if (key !== except && state.filters[key].length) filters[key] = { any: [...state.filters[key]] };
  }
  return filters;
}

/**
 * The sort to use: the chosen one, except that a search with no words has no relevance to
 * order by, so it lists the projects as /projects/ does, newest first.
 */
export function effectiveSort(state: SearchState): SortId {
  return state.sort === 'relevance' && !state.query ? 'start-desc' : state.sort;
}
