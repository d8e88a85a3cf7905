import { describe, expect, test } from 'vitest';
import {
  activeFilterCount,
  effectiveSort,
  emptyFilters,
  isSort,
  pagefindFilters,
  parseState,
  type SearchState,
  serializeState,
  withoutFilter,
} from '../../src/scripts/search-state.ts';

const state = (
  fields: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> },
): SearchState => ({
  query: fields.query ?? '',
  sort: fields.sort ?? 'relevance',
  filters: { ...emptyFilters(), ...fields.filters },
});

describe('URL state', () => {
  test.each<[string, SearchState]>([
    ['', state({})],
    ['?q=creative', state({ query: 'creative' })],
    ['?q=+creative+economy+', state({ query: 'creative economy' })],
    ['?country=KG&country=TJ&donor=usaid', state({ filters: { country: ['KG', 'TJ'], donor: ['usaid'] } })],
    ['?country=KG&country=KG', state({ filters: { country: ['KG'] } })],
    ['?sort=start-desc', state({ sort: 'start-desc' })],
    ['?sort=toString', state({})],
    ['?sort=nonsense&colour=red', state({})],
    ['?sdg=5&year=2021&status=active', state({ filters: { sdg: ['5'], year: ['2021'], status: ['active'] } })],
  ])('%s', (search, expected) => {
    expect(parseState(search)).toEqual(expected);
  });

  test.each([['?q=creative&country=KG&donor=usaid&sort=start-desc'], ['?country=KG&country=TJ'], ['?q=a+%26+b'], ['']])(
    '%s survives a round trip',
    (search) => {
      expect(serializeState(parseState(search))).toBe(search);
    },
  );

  test('serialising orders values so equal states give one URL', () => {
    expect(serializeState(state({ filters: { country: ['TJ', 'KG'] } }))).toBe('?country=KG&country=TJ');
  });
});

describe('Pagefind options', () => {
  const s = state({ query: 'x', filters: { country: ['KG', 'TJ'], donor: ['usaid'] } });

  test('OR within a group, AND across groups', () => {
    expect(pagefindFilters(s)).toEqual({ country: { any: ['KG', 'TJ'] }, donor: { any: ['usaid'] } });
  });

  test('can leave one group out to count its values', () => {
    expect(pagefindFilters(s, 'country')).toEqual({ donor: { any: ['usaid'] } });
  });

  test.each<[Partial<SearchState>, string]>([
    [{ query: 'x' }, 'relevance'],
    [{ query: '' }, 'start-desc'],
    [{ query: '', sort: 'title-asc' }, 'title-asc'],
  ])('effective sort of %j is %s', (fields, sort) => {
    expect(effectiveSort(state(fields))).toBe(sort);
  });
});

describe('filters and sorts', () => {
  test.each<[SearchState, number]>([
    [state({}), 0],
    [state({ query: 'x' }), 0],
    [state({ filters: { country: ['KG', 'TJ'], donor: ['usaid'] } }), 3],
    [state({ filters: { year: ['2019'] } }), 1],
  ])('%j has %i active filters', (given, count) => {
    expect(activeFilterCount(given)).toBe(count);
  });

  test.each<[SearchState, string, string, SearchState]>([
    [
      state({ filters: { country: ['KG', 'TJ'], donor: ['usaid'] } }),
      'country',
      'KG',
      state({ filters: { country: ['TJ'], donor: ['usaid'] } }),
    ],
    [state({ query: 'q', filters: { donor: ['usaid'] } }), 'donor', 'usaid', state({ query: 'q' })],
    [state({ filters: { donor: ['usaid'] } }), 'donor', 'fcdo', state({ filters: { donor: ['usaid'] } })],
  ])('removing %s=%s', (given, key, value, expected) => {
    const before = serializeState(given);
    expect(withoutFilter(given, key as 'country', value)).toEqual(expected);
    expect(serializeState(given), 'the input state is left as it was').toBe(before);
  });

  test.each<[string | null, boolean]>([
    ['relevance', true],
    ['start-desc', true],
    ['budget-desc', true],
    ['toString', false],
    ['', false],
    [null, false],
  ])('isSort(%j) is %s', (value, expected) => {
    expect(isSort(value)).toBe(expected);
  });
});
