import { describe, expect, test } from 'vitest';
import { messageTemplate } from '../../src/i18n/index.ts';
import {
  countRequest,
  countText,
  defaultSortLabel,
  filtersToggleText,
  nextBatch,
  PAGE_SIZE,
  type SearchRequest,
  searchRequest,
} from '../../src/scripts/result-list.ts';
import { searchMessages } from '../../src/scripts/search-messages.ts';
import { emptyFilters, type SearchState } from '../../src/scripts/search-state.ts';

const messages = searchMessages((key) => messageTemplate(key), 'en');
const state = (fields: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> }) => ({
  query: fields.query ?? '',
  sort: fields.sort ?? 'relevance',
  filters: { ...emptyFilters(), ...fields.filters },
});

describe('searchRequest', () => {
  test.each<[string, SearchState, SearchRequest]>([
    // No words: every project, in the order of /projects/ (its position, ascending).
    ['empty', state({}), { term: null, options: { filters: {}, sort: { order: 'asc' } } }],
    [
      'filters only',
      state({ filters: { country: ['KG'] } }),
      { term: null, options: { filters: { country: { any: ['KG'] } }, sort: { order: 'asc' } } },
    ],
    ['words: best match', state({ query: 'water' }), { term: 'water', options: { filters: {} } }],
    [
      'words and a sort',
      state({ query: 'water', sort: 'budget-desc' }),
      { term: 'water', options: { filters: {}, sort: { budget: 'desc' } } },
    ],
    [
      'newest start first',
      state({ query: 'water', sort: 'start-desc' }),
      {
        term: 'water',
        options: { filters: {}, sort: { order: 'asc' } },
      },
    ],
    [
      'no words, another sort',
      state({ sort: 'title-asc' }),
      { term: null, options: { filters: {}, sort: { title: 'asc' } } },
    ],
  ])('%s', (_label, given, expected) => {
    expect(searchRequest(given)).toEqual(expected);
  });

  test('counting a group searches without that group, unsorted', () => {
    const given = state({ query: 'x', filters: { country: ['KG'], donor: ['usaid'] }, sort: 'title-asc' });
    expect(countRequest(given, 'country')).toEqual({ term: 'x', options: { filters: { donor: { any: ['usaid'] } } } });
    expect(countRequest(state({ filters: { country: ['KG'] } }), 'country')).toEqual({
      term: null,
      options: { filters: {} },
    });
  });
});

describe('nextBatch', () => {
  test.each<[total: number, shown: number, expected: ReturnType<typeof nextBatch>]>([
    [0, 0, { start: 0, end: 0, more: false }],
    [3, 0, { start: 0, end: 3, more: false }],
    [PAGE_SIZE, 0, { start: 0, end: PAGE_SIZE, more: false }],
    [PAGE_SIZE + 1, 0, { start: 0, end: PAGE_SIZE, more: true }],
    [25, 10, { start: 10, end: 20, more: true }],
    [25, 20, { start: 20, end: 25, more: false }],
    [25, 25, { start: 25, end: 25, more: false }],
    [5, 9, { start: 5, end: 5, more: false }],
  ])('%i results, %i shown → %j', (total, shown, expected) => {
    expect(nextBatch(total, shown)).toEqual(expected);
  });
});

describe('words around the list', () => {
  test.each<[number, string]>([
    [0, '0 projects found'],
    [1, '1 project found'],
    [2, '2 projects found'],
    [10000, '10,000 projects found'],
  ])('count %i → %s', (count, expected) => {
    expect(countText(messages, count)).toBe(expected);
  });

  test.each<[number, string]>([
    [0, 'Filters'],
    [1, 'Filters (1)'],
    [4, 'Filters (4)'],
  ])('%i active filters → %s', (count, expected) => {
    expect(filtersToggleText(messages, count)).toBe(expected);
  });

  test.each<[string, string]>([
    ['', 'Newest first'],
    ['water', 'Best match'],
  ])('the default sort with words %j reads %s', (query, expected) => {
    expect(defaultSortLabel(messages, state({ query }))).toBe(expected);
  });
});
