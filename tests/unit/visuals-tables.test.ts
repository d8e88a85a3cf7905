import { describe, expect, test } from 'vitest';
import { createFacets, facetByKey, groupByFacet } from '../../src/portfolio/facets.ts';
import { facetSections } from '../../src/visuals/facet-table.ts';
import { isExternal, narrowQuery } from '../../src/visuals/links.ts';
import { projectHeader } from '../../src/visuals/project-header.ts';
import { portfolioOf } from '../helpers/records.ts';

const FACETS = createFacets({ status: (status) => status });
const facet = (key: Parameters<typeof facetByKey>[1]) => facetByKey(FACETS, key);
const portfolio = portfolioOf({
  a: {
    countries: ['KG'],
    regions: ['naryn-oblast', 'central-asia'],
    donors: ['usaid'],
    implementers: ['dpi'],
    start: '2023-01',
    end: '2024-12',
    budget: { amount: 10, currency: 'USD' },
  },
  b: {
    countries: ['TJ'],
    regions: ['sughd-region'],
    donors: ['usaid'],
    start: 2020,
    end: 2021,
    budget: { amount: 5, currency: 'EUR' },
  },
  c: { countries: ['KG'], regions: ['osh-city'], status: 'active', budget: { amount: 7, currency: 'USD' } },
});

function projectOf(slug: string) {
  const project = portfolio.bySlug.get(slug);
  if (!project) throw new Error(`no project ${slug}`);
  return project;
}

describe('facet index sections', () => {
  test.each<[Parameters<typeof facetByKey>[1], [string | undefined, string[]][]]>([
    ['donor', [[undefined, ['usaid']]]],
    [
      'region',
      [
        ['world', ['central-asia']],
        ['KG', ['naryn-oblast', 'osh-city']],
        ['TJ', ['sughd-region']],
      ],
    ],
  ])('%s', (key, expected) => {
    const sections = facetSections(groupByFacet(facet(key), portfolio.projects));
    expect(
      sections.map((section) => [
        section.heading?.kind === 'country' ? section.heading.code : section.heading?.kind,
        section.rows.map((row) => row.entry.value.id),
      ]),
    ).toEqual(expected);
  });

  test.each<[string, number, number, string[]]>([
    ['kg', 2, 2, ['USD 17']],
    ['tj', 1, 0, ['EUR 5']],
  ])('country %s: %d projects, %d active, budgets per currency', (id, projects, active, budgets) => {
    const [section] = facetSections(groupByFacet(facet('country'), portfolio.projects));
    const row = section?.rows.find((candidate) => candidate.entry.value.id === id);
    expect([row?.projects, row?.active, row?.budgets.map((m) => `${m.currency} ${m.amount}`)]).toEqual([
      projects,
      active,
      budgets,
    ]);
  });
});

describe('narrowing links', () => {
  test.each<[string, [Parameters<typeof facetByKey>[1], string][], string]>([
    [
      'country and donor, country codes in capitals',
      [
        ['country', 'kg'],
        ['donor', 'fcdo'],
      ],
      '?country=KG&donor=fcdo',
    ],
    [
      'in the search page order, whatever the order given',
      [
        ['solution', 'governance'],
        ['donor', 'usaid'],
      ],
      '?donor=usaid&solution=governance',
    ],
  ])('%s', (_, values, query) => {
    expect(narrowQuery(values.map(([key, id]) => ({ facet: facet(key), value: { id, label: id } })))).toBe(query);
  });

  test.each<[string, boolean]>([
    ['https://www.usaid.gov/', true],
    ['https://portfolio.example.org/projects/', false],
    ['/projects/', false],
    ['mailto:someone@example.org', false],
  ])('isExternal(%s) = %s', (url, external) => {
    expect(isExternal(url, 'https://portfolio.example.org')).toBe(external);
  });
});

describe('project header', () => {
  test.each<[string, Partial<ReturnType<typeof projectHeader>>, string[]]>([
    [
      'a',
      {
        status: 'active',
        dates: 'Jan 2023 – Dec 2024',
        duration: '2 years',
        elapsed: 71,
        budget: { amount: 10, currency: 'USD' },
      },
      ['donors:usaid', 'implementers:dpi'],
    ],
    ['b', { status: 'completed', statusDerived: true, duration: '2 years', elapsed: undefined }, ['donors:usaid']],
    // Donors and implementers show as "Not stated" when missing, so their groups are there, empty.
    ['c', { status: 'active', statusDerived: false, dates: undefined, duration: undefined, elapsed: undefined }, []],
  ])('%s', (slug, expected, roles) => {
    const header = projectHeader(projectOf(slug));
    expect(header).toMatchObject(expected);
    expect(header.roles.flatMap((group) => group.organizations.map((org) => `${group.role}:${org.id}`))).toEqual(roles);
    expect(header.roles.map((group) => group.role).slice(0, 2)).toEqual(['donors', 'implementers']);
  });
});
