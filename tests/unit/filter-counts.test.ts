import { describe, expect, test } from 'vitest';
import { type FilterCounts, filterCount, groupsToRecount } from '../../src/scripts/filter-counts.ts';
import { emptyFilters, type FilterKey, type SearchState } from '../../src/scripts/search-state.ts';

const state = (filters: Partial<SearchState['filters']>, query = ''): SearchState => ({
  query,
  sort: 'relevance',
  filters: { ...emptyFilters(), ...filters },
});

describe('groupsToRecount', () => {
  test.each<[Partial<SearchState['filters']>, FilterKey[]]>([
    [{}, []],
    [{ country: ['KG'] }, ['country']],
    [{ year: ['2019'], country: ['KG', 'TJ'], donor: ['usaid'] }, ['country', 'donor', 'year']],
  ])('%j → %j', (filters, expected) => {
    expect(groupsToRecount(state(filters))).toEqual(expected);
  });
});

describe('filterCount', () => {
  const main: FilterCounts = { country: { KG: 3, TJ: 1 }, donor: { usaid: 2 } };
  const perGroup = new Map<FilterKey, FilterCounts[string]>([['country', { KG: 5, TJ: 4 }]]);
  test.each<[FilterKey, string, number]>([
    // A ticked group counts from its own search (as if its ticks were off)…
    ['country', 'KG', 5],
    ['country', 'TJ', 4],
    // …other groups from the main search…
    ['donor', 'usaid', 2],
    // …and a value Pagefind does not report has no results.
    ['donor', 'fcdo', 0],
    ['region', 'osh', 0],
  ])('%s=%s → %i', (key, value, expected) => {
    expect(filterCount(key, value, main, perGroup)).toBe(expected);
  });

  test('a recounted group that reports nothing shows 0, not the main count', () => {
    expect(filterCount('donor', 'usaid', main, new Map([['donor', {}]]))).toBe(0);
  });
});
