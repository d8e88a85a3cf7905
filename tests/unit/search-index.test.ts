import { describe, expect, test } from 'vitest';
import { positionOf, searchRecord } from '../../src/portfolio/search-index.ts';
import { FACETS } from '../../src/portfolio/site.ts';
import { portfolioOf } from '../helpers/records.ts';

const portfolio = portfolioOf({
  old: {
    start: '2013-03',
    end: '2020-03',
    donors: ['usaid'],
    countries: ['KG'],
    budget: { amount: 1500.6, currency: 'USD' },
  },
  sameMonthB: { title: 'B project', start: '2021-09', countries: ['TJ'] },
  sameMonthA: { title: 'A project', start: '2021-09', countries: ['TJ'] },
  undated: {},
});

describe('order: the position on /projects/', () => {
  test.each(portfolio.projects.map((project, index) => [project.slug, index] as const))(
    '%s is at %i',
    (slug, index) => {
      expect(positionOf(portfolio.projects, slug)).toBe(index);
    },
  );

  test('it follows the portfolio order, ties by title, undated last', () => {
    expect(portfolio.projects.map((p) => p.slug)).toEqual(['sameMonthA', 'sameMonthB', 'old', 'undated']);
  });

  test('a slug not in the list is an error, not a silent 0', () => {
    expect(() => positionOf(portfolio.projects, 'nope')).toThrow(/nope is not in the portfolio/);
  });
});

describe('searchRecord', () => {
  test.each<[slug: string, sorts: Record<string, string>]>([
    ['old', { end: '20200331', title: 'old', budget: '1501', order: '2' }],
    ['sameMonthA', { end: '0', title: 'a project', budget: '0', order: '0' }],
    ['undated', { end: '0', title: 'undated', budget: '0', order: '3' }],
  ])('%s sorts as %j', (slug, sorts) => {
    const project = portfolio.bySlug.get(slug);
    if (!project) throw new Error(slug);
    expect(searchRecord(project, FACETS, positionOf(portfolio.projects, slug)).sorts).toEqual(sorts);
  });

  test('filters carry facet values, country codes in capitals, and the start year', () => {
    const project = portfolio.bySlug.get('old');
    if (!project) throw new Error('old');
    const { filters } = searchRecord(project, FACETS, 0);
    expect(filters).toContainEqual(['country', 'KG']);
    expect(filters).toContainEqual(['donor', 'usaid']);
    expect(filters).toContainEqual(['year', '2013']);
  });
});
