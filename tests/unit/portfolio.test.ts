import { expect, test } from 'vitest';
import { portfolioOf } from '../helpers/records.ts';

const portfolio = portfolioOf({
  old: {
    start: '2013-03',
    end: '2020-03',
    donors: ['usaid'],
    countries: ['KG'],
    budget: { amount: 11_500_000, currency: 'USD' },
  },
  current: { start: '2021-09', end: '2025-09', countries: ['KG'], budget: { amount: 100, currency: 'KGS' } },
  stated: { status: 'cancelled', start: 2022, end: 2030, donors: ['usaid', 'fcdo'], countries: ['TJ'] },
  undated: {},
});

test('projects are newest first, undated last', () => {
  expect(portfolio.projects.map((p) => p.slug)).toEqual(['stated', 'current', 'old', 'undated']);
});

test.each([
  ['old', 'completed', true],
  ['current', 'active', true],
  ['stated', 'cancelled', false],
  ['undated', undefined, false],
])('%s has status %s (derived: %s)', (slug, status, derived) => {
  const project = portfolio.bySlug.get(slug);
  expect(project?.status).toBe(status);
  expect(project?.statusDerived).toBe(derived);
});

test('references resolve to vocabulary records', () => {
  const old = portfolio.bySlug.get('old');
  expect(old?.donors.map((d) => d.acronym)).toEqual(['USAID']);
  expect(old?.countries).toEqual([{ code: 'KG', name: 'Kyrgyzstan' }]);
  expect(old?.durationMonths).toBe(85);
});

test('the regions of its places count as regions of the project, once', () => {
  const placed = portfolioOf({
    p: {
      regions: ['osh-oblast'],
      locations: [
        { name: 'Barskoon', region: 'issyk-kul-oblast' },
        { name: 'Osh', region: 'osh-oblast' },
      ],
    },
  }).bySlug.get('p');
  expect(placed?.regions.map((r) => r.id)).toEqual(['osh-oblast', 'issyk-kul-oblast']);
  expect(placed?.locations.map((l) => l.region?.name)).toEqual(['Issyk-Kul oblast', 'Osh oblast']);
});

test('an active project knows how much of its time has elapsed', () => {
  const elapsed = portfolio.bySlug.get('current')?.elapsed ?? -1;
  expect(elapsed).toBeGreaterThan(0.6);
  expect(elapsed).toBeLessThan(0.7);
  expect(portfolio.bySlug.get('old')?.elapsed).toBeUndefined();
});

test('totals count distinct donors and countries and sum budgets per currency', () => {
  expect(portfolio.totals).toEqual({
    projects: 4,
    donors: 2,
    countries: 2,
    budgets: [
      { amount: 100, currency: 'KGS' },
      { amount: 11_500_000, currency: 'USD' },
    ],
  });
});

test('related projects come from the shared ranking', () => {
  const old = portfolio.bySlug.get('old');
  if (!old) throw new Error('missing');
  expect(portfolio.related(old).map((p) => p.slug)).toEqual(['stated', 'current']);
});
