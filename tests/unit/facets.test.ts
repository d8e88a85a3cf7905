import { describe, expect, test } from 'vitest';
import { countValues, FACETS, facetByKey, facetIndex, groupByFacet } from '../../src/lib/facets.ts';
import { portfolioOf } from '../helpers/records.ts';

const portfolio = portfolioOf({
  a: { countries: ['KG'], donors: ['usaid'], solutions: ['governance'], sdgs: [5, 16], start: 2020, end: 2022 },
  b: { countries: ['KG', 'TJ'], donors: ['usaid', 'fcdo'], start: 2021, end: 2026 },
  c: { countries: ['tj'], implementers: ['dpi'], regions: ['sughd-region', 'central-asia'], start: 2025 },
  d: {},
});

const slugsOf = (key: Parameters<typeof facetByKey>[0]) =>
  Object.fromEntries(
    groupByFacet(facetByKey(key), portfolio.projects).entries.map((e) => [e.value.id, e.projects.map((p) => p.slug)]),
  );

describe('grouping projects by facet', () => {
  test.each<[Parameters<typeof facetByKey>[0], Record<string, string[]>]>([
    ['country', { kg: ['b', 'a'], tj: ['c', 'b'] }],
    ['donor', { usaid: ['b', 'a'], fcdo: ['b'] }],
    ['implementer', { dpi: ['c'] }],
    ['region', { 'central-asia': ['c'], 'sughd-region': ['c'] }],
    ['solution', { governance: ['a'] }],
    ['sdg', { '5': ['a'], '16': ['a'] }],
    ['status', { completed: ['a'], active: ['b'], planned: ['c'] }],
  ])('%s', (key, expected) => {
    expect(slugsOf(key)).toEqual(expected);
  });

  test('values are ordered: world regions first, SDGs and statuses by number, others by name', () => {
    const order = (key: Parameters<typeof facetByKey>[0]) =>
      groupByFacet(facetByKey(key), portfolio.projects).entries.map((e) => e.value.id);
    expect(order('region')).toEqual(['central-asia', 'sughd-region']);
    expect(order('sdg')).toEqual(['5', '16']);
    expect(order('status')).toEqual(['planned', 'active', 'completed']);
    expect(order('donor')).toEqual(['fcdo', 'usaid']);
  });

  test('a project without a value is in no group, and the index covers every facet', () => {
    const index = facetIndex(portfolio.projects);
    expect(index.map((group) => group.facet.key)).toEqual(FACETS.map((facet) => facet.key));
    for (const group of index) {
      expect(group.entries.flatMap((entry) => entry.projects.map((p) => p.slug))).not.toContain('d');
    }
  });

  test('countValues counts each value once per project, most frequent first', () => {
    const counts = countValues(facetByKey('country'), portfolio.projects);
    expect(counts.map((c) => [c.value.label, c.count])).toEqual([
      ['Kyrgyzstan', 2],
      ['Tajikistan', 2],
    ]);
  });
});
