import { describe, expect, test } from 'vitest';
import { byStartYear, chartOf, type Dimension } from '../../src/visuals/charts.ts';
import { portfolioOf } from '../helpers/records.ts';

const portfolio = portfolioOf({
  a: { donors: ['usaid'], start: 2020, budget: { amount: 100, currency: 'USD' } },
  b: { donors: ['usaid', 'fcdo'], start: 2021, budget: { amount: 50, currency: 'GBP' } },
  c: { donors: ['sdc'], start: 2021, budget: { amount: 300, currency: 'USD' } },
  d: { donors: ['fcdo', 'sdc'], start: 2022 },
  e: {},
});
const byDonor: Dimension = (project) => project.donors.map((org) => ({ id: org.id, label: org.name }));

describe('charts per dimension', () => {
  test.each<[string, Dimension, Parameters<typeof chartOf>[2], [string, number, number, string[]][], number]>([
    [
      'projects and budgets per donor, each currency scaled on its own',
      byDonor,
      {},
      [
        ['fcdo', 2, 100, ['GBP 50 100']],
        ['sdc', 2, 100, ['USD 300 100']],
        ['usaid', 2, 100, ['GBP 50 100', 'USD 100 33.3']],
      ],
      1,
    ],
    [
      'per start year, in year order',
      byStartYear,
      { order: 'label' },
      [
        ['2020', 1, 50, ['USD 100 33.3']],
        ['2021', 2, 100, ['GBP 50 100', 'USD 300 100']],
        ['2022', 1, 50, []],
      ],
      1,
    ],
  ])('%s', (_, dimension, options, rows, without) => {
    const chart = chartOf(portfolio.projects, dimension, options);
    expect(
      chart.rows.map((row) => [
        row.id,
        row.projects,
        row.share,
        row.budgets.map((m) => `${m.currency} ${m.amount} ${m.share}`),
      ]),
    ).toEqual(rows);
    expect(chart.without).toBe(without);
  });

  test.each<[number, { values: number; projects: number; budgets: string[] } | undefined]>([
    [3, undefined],
    [1, { values: 2, projects: 4, budgets: ['GBP 50', 'USD 400'] }],
    // b and d carry two of the donors left out each, and are counted once, with their budgets once.
    [0, { values: 3, projects: 4, budgets: ['GBP 50', 'USD 400'] }],
  ])('limit %d sums the rest without counting a project twice', (limit, rest) => {
    const chart = chartOf(portfolio.projects, byDonor, { limit });
    expect(
      chart.rest && { ...chart.rest, budgets: chart.rest.budgets.map((m) => `${m.currency} ${m.amount}`) },
    ).toEqual(rest);
  });
});
