/**
 * Chart data: projects and stated budgets per value of a dimension (donor, country, solution,
 * start year). Budgets stay in their own currency; each currency's bars are scaled against the
 * largest amount in that currency only, so no conversion is ever implied.
 */
import { type Money, totalsByCurrency } from '../model/money.ts';
import { budgetTotals, type Project } from '../portfolio/portfolio.ts';
import { percentOf } from './scale.ts';

export interface ChartValue {
  id: string;
  label: string;
}

export interface ChartBudget extends Money {
  /** Bar length, 0–100, relative to the largest total in the same currency. */
  share: number;
}

export interface ChartRow extends ChartValue {
  projects: number;
  /** Bar length, 0–100, relative to the row with the most projects. */
  share: number;
  budgets: ChartBudget[];
}

export interface Chart {
  rows: ChartRow[];
  /** Values beyond the rows shown, summed into one line; undefined when every value is shown. */
  rest: { values: number; projects: number; budgets: Money[] } | undefined;
  /** Projects with no value in this dimension (no donor stated, no start date…). */
  without: number;
}

export type Dimension = (project: Project) => ChartValue[];

/** Dimension of start years, newest first when ordered by value. */
export const byStartYear: Dimension = (project) =>
  project.start ? [{ id: String(project.start.year), label: String(project.start.year) }] : [];

/**
 * Tallies `projects` by `dimension`. Rows are ordered by project count (or by label when
 * `order` is 'label'), and at most `limit` are kept; the rest are summed into `rest`.
 */
export function chartOf(
  projects: readonly Project[],
  dimension: Dimension,
  { limit = 10, order = 'count' }: { limit?: number; order?: 'count' | 'label' } = {},
): Chart {
  const tally = new Map<string, { value: ChartValue; projects: number; money: Money[]; items: Project[] }>();
  let without = 0;
  for (const project of projects) {
    const values = dimension(project);
    if (values.length === 0) without++;
    for (const value of values) {
      const entry = tally.get(value.id) ?? { value, projects: 0, money: [], items: [] };
      entry.projects++;
      entry.items.push(project);
      if (project.budget) entry.money.push(project.budget);
      tally.set(value.id, entry);
    }
  }
  const sorted = [...tally.values()].sort((a, b) =>
    order === 'label'
      ? a.value.label.localeCompare(b.value.label, 'en', { numeric: true })
      : b.projects - a.projects || a.value.label.localeCompare(b.value.label),
  );
  const shown = sorted.slice(0, limit);
  // A project can carry several of the values left out: count it, and its budget, once.
  const hidden = sorted.slice(limit);
  const rest = [...new Set(hidden.flatMap((entry) => entry.items))];
  const totals = shown.map((entry) => totalsByCurrency(entry.money));
  const maxPerCurrency = new Map<string, number>();
  for (const money of totals.flat()) {
    maxPerCurrency.set(money.currency, Math.max(maxPerCurrency.get(money.currency) ?? 0, money.amount));
  }
  const maxProjects = Math.max(0, ...shown.map((entry) => entry.projects));
  return {
    rows: shown.map((entry, index) => ({
      ...entry.value,
      projects: entry.projects,
      share: percentOf(entry.projects, maxProjects),
      budgets: (totals[index] ?? []).map((money) => ({
        ...money,
        share: percentOf(money.amount, maxPerCurrency.get(money.currency) ?? 0),
      })),
    })),
    rest:
      hidden.length === 0
        ? undefined
        : {
            values: hidden.length,
            projects: rest.length,
            budgets: budgetTotals(rest),
          },
    without,
  };
}
