import { describe, expect, test } from 'vitest';
import {
  countValues,
  createFacets,
  facetBreakdown,
  facetBudgets,
  facetIndex,
  facetIndexPath,
  facetValuePath,
  facetByKey as findFacet,
  groupByFacet,
} from '../../src/portfolio/facets.ts';
import { portfolioOf } from '../helpers/records.ts';

// The interface's wording arrives as an argument; here a marker shows where it is used.
const FACETS = createFacets({ status: (status) => `label of ${status}` });
const facetByKey = (key: Parameters<typeof findFacet>[1]) => findFacet(FACETS, key);

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
    const index = facetIndex(FACETS, portfolio.projects);
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

  test('status labels come from the wording given', () => {
    expect(groupByFacet(facetByKey('status'), portfolio.projects).entries.map((e) => e.value.label)).toEqual([
      'label of planned',
      'label of active',
      'label of completed',
    ]);
  });

  test('an unknown facet key throws', () => {
    expect(() => findFacet(FACETS, 'colour' as never)).toThrow('no facet "colour"');
  });

  test('a breakdown spreads a value over the other facets, leaving out empty ones', () => {
    const usaid = groupByFacet(facetByKey('donor'), portfolio.projects).byId.get('usaid');
    if (!usaid) throw new Error('no usaid entry');
    const breakdown = facetBreakdown(FACETS, facetByKey('donor'), usaid);
    expect(breakdown.map((b) => b.facet.key)).toEqual(['country', 'solution', 'sdg', 'status']);
    expect(breakdown[0]?.counts.map((c) => [c.value.id, c.count])).toEqual([
      ['kg', 2],
      ['tj', 1],
    ]);
  });
});

test.each([
  ['donor', 'usaid', '/donors/usaid/', '/donors/'],
  ['sdg', '16', '/sdgs/16/', '/sdgs/'],
  ['region', 'a b', '/regions/a%20b/', '/regions/'],
] as const)('paths of the %s facet, value %s', (key, id, valuePath, indexPath) => {
  expect(facetValuePath(facetByKey(key), id)).toBe(valuePath);
  expect(facetIndexPath(facetByKey(key))).toBe(indexPath);
});

describe("a value's budget totals, made once and shared by its pages", () => {
  const money = portfolioOf({
    a: { donors: ['usaid'], budget: { amount: 100, currency: 'USD' } },
    b: { donors: ['usaid'], budget: { amount: 50, currency: 'EUR' } },
    c: { donors: ['usaid'], budget: { amount: 7, currency: 'USD' } },
    d: { donors: ['fcdo'] },
  });
  test.each<[id: string, totals: string[]]>([
    ['usaid', ['EUR 50', 'USD 107']],
    ['fcdo', []],
  ])('%s', (id, totals) => {
    const entry = groupByFacet(facetByKey('donor'), money.projects).byId.get(id);
    if (!entry) throw new Error(`no ${id} entry`);
    const first = facetBudgets(entry);
    expect(first.map((total) => `${total.currency} ${total.amount}`).sort()).toEqual(totals);
    expect(facetBudgets(entry)).toBe(first);
  });
});
