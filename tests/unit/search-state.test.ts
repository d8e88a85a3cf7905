import { describe, expect, test } from 'vitest';
import {
  effectiveSort,
  emptyFilters,
  hasFilters,
  pagefindFilters,
  parseState,
  type SearchState,
  serializeState,
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

  test('hasFilters', () => {
    expect(hasFilters(state({}))).toBe(false);
    expect(hasFilters(s)).toBe(true);
  });
});
