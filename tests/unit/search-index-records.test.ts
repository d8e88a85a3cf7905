import { describe, expect, test } from 'vitest';
import { createFacets, facetIndex, facetByKey as findFacet } from '../../src/portfolio/facets.ts';
import { filterGroups, filterValue, searchRecord } from '../../src/portfolio/search-index.ts';
import { FILTER_KEYS } from '../../src/scripts/search-state.ts';
import { portfolioOf } from '../helpers/records.ts';

// The interface's wording arrives as an argument; a marker shows where it is used.
const FACETS = createFacets({ status: (status) => `label of ${status}` });

// As of 1 June 2024 (see portfolioOf): a is completed, b active, c planned, d has no dates.
const portfolio = portfolioOf({
  a: {
    title: 'Alpha Project',
    countries: ['KG'],
    donors: ['usaid'],
    solutions: ['governance'],
    sdgs: [5, 16],
    start: '2020-03',
    end: '2022-09-15',
    budget: { amount: 1_500_000.4, currency: 'USD' },
  },
  b: { title: 'beta', countries: ['KG', 'TJ'], donors: ['usaid', 'fcdo'], start: 2021, end: 2026 },
  c: { title: 'Gamma', countries: ['tj'], implementers: ['dpi'], regions: ['sughd-region'], start: 2025 },
  d: { title: 'Delta' },
});
const project = (slug: string) => {
  const found = portfolio.projects.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no project ${slug}`);
  return found;
};

describe('filterValue', () => {
  test.each([
    ['country', 'kg', 'KG'],
    ['donor', 'usaid', 'usaid'],
    ['sdg', '16', '16'],
    ['status', 'active', 'active'],
  ] as const)('%s %s → %s', (key, id, expected) => {
    expect(filterValue(findFacet(FACETS, key), { id, label: 'any' })).toBe(expected);
  });
});

describe('searchRecord', () => {
  test.each<[slug: string, filters: [string, string][]]>([
    [
      'a',
      [
        ['country', 'KG'],
        ['donor', 'usaid'],
        ['solution', 'governance'],
        ['sdg', '5'],
        ['sdg', '16'],
        ['status', 'completed'],
        ['year', '2020'],
      ],
    ],
    [
      'b',
      [
        ['country', 'KG'],
        ['country', 'TJ'],
        ['donor', 'usaid'],
        ['donor', 'fcdo'],
        ['status', 'active'],
        ['year', '2021'],
      ],
    ],
    [
      'c',
      [
        ['country', 'TJ'],
        ['implementer', 'dpi'],
        ['region', 'sughd-region'],
        ['status', 'planned'],
        ['year', '2025'],
      ],
    ],
    ['d', []],
  ])('%s gets one filter per facet value, and its start year', (slug, filters) => {
    const record = searchRecord(project(slug), FACETS, 0);
    expect([...record.filters].sort()).toEqual([...filters].sort());
    for (const [key] of record.filters) expect(FILTER_KEYS).toContain(key);
  });

  test.each<[slug: string, sorts: Record<string, string>]>([
    // The end widens to the last day of its period; the budget is rounded; there is no start key.
    ['a', { end: '20220915', title: 'alpha project', budget: '1500000', order: '0' }],
    ['b', { end: '20261231', title: 'beta', budget: '0', order: '0' }],
    ['c', { end: '0', title: 'gamma', budget: '0', order: '0' }],
    // A project without dates or budget still carries every sort key, as 0, so it sorts last.
    ['d', { end: '0', title: 'delta', budget: '0', order: '0' }],
  ])('%s sort keys', (slug, sorts) => {
    expect(searchRecord(project(slug), FACETS, 0).sorts).toEqual(sorts);
  });

  test('result-card metadata uses the status wording it is given and names donors by acronym', () => {
    expect(searchRecord(project('a'), FACETS, 0).meta).toEqual({
      summary: 'A summary.',
      dates: 'Mar 2020 – 15 Sep 2022',
      status: 'label of completed',
      donors: 'USAID',
      countries: 'Kyrgyzstan',
    });
    expect(searchRecord(project('b'), FACETS, 0).meta).toMatchObject({
      donors: 'USAID, FCDO',
      countries: 'Kyrgyzstan, Tajikistan',
    });
    expect(searchRecord(project('d'), FACETS, 0).meta).toMatchObject({
      dates: '',
      status: '',
      donors: '',
      countries: '',
    });
  });
});

describe('filterGroups', () => {
  const groups = filterGroups(facetIndex(FACETS, portfolio.projects), portfolio.projects);

  test('one group per facet, in facet order, then the start year', () => {
    expect(groups.map((group) => group.key)).toEqual([...FACETS.map((facet) => facet.key), 'year']);
    expect(groups.at(-1)?.title).toBe('search.filter.year');
  });

  test('options are the facet values in use, as filter values with their labels', () => {
    const options = (key: string) => groups.find((group) => group.key === key)?.options;
    expect(options('country')).toEqual([
      { value: 'KG', label: 'Kyrgyzstan' },
      { value: 'TJ', label: 'Tajikistan' },
    ]);
    expect(
      options('status')
        ?.map((option) => option.label)
        .sort(),
    ).toEqual(['label of active', 'label of completed', 'label of planned']);
    expect(options('year')).toEqual([
      { value: '2025', label: '2025' },
      { value: '2021', label: '2021' },
      { value: '2020', label: '2020' },
    ]);
  });

  test('every filter a project carries is an option of its group', () => {
    for (const candidate of portfolio.projects) {
      for (const [key, value] of searchRecord(candidate, FACETS, 0).filters) {
        const group = groups.find((g) => g.key === key);
        expect(
          group?.options.map((option) => option.value),
          `${candidate.slug} ${key}=${value}`,
        ).toContain(value);
      }
    }
  });
});
