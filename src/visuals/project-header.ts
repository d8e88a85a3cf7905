/**
 * The facts a project page shows first, in a strip under the title: status, dates with
 * duration and time elapsed, budget, and the organisations grouped by role.
 */
import { formatDuration, formatRange, type PartialDate } from '../model/dates.ts';
import type { Money } from '../model/money.ts';
import type { Organization, Status } from '../model/schemas/index.ts';
import type { Project } from '../portfolio/portfolio.ts';

export type Role = 'donors' | 'implementers' | 'partners';

export interface RoleGroup {
  role: Role;
  organizations: Pick<Organization, 'id' | 'name' | 'acronym'>[];
}

export interface ProjectHeader {
  status: Status | 'unknown';
  statusDerived: boolean;
  /** "Sep 2021 – Sep 2025", or undefined when no date is stated. */
  dates: string | undefined;
  /** "4 years", when both dates are stated. */
  duration: string | undefined;
  /** Whole per cent of the time elapsed, for active projects with both dates. */
  elapsed: number | undefined;
  budget: Money | undefined;
  budgetNote: string | undefined;
  roles: RoleGroup[];
}

/** How the strip words dates and durations; the site binds these to the page's language. */
export interface HeaderFormats {
  range: (start?: PartialDate, end?: PartialDate) => string | undefined;
  duration: (months: number) => string;
}

const ENGLISH: HeaderFormats = { range: formatRange, duration: formatDuration };

/** The header strip of one project. */
export function projectHeader(project: Project, formats: HeaderFormats = ENGLISH): ProjectHeader {
  const roles = (['donors', 'implementers', 'partners'] as const)
    .map((role) => ({
      role,
      organizations: project[role].map((org) => ({ id: org.id, name: org.name, acronym: org.acronym })),
    }))
    // Donors and implementers are always shown, as "Not stated" when missing; partners only when named.
    .filter((group) => group.role !== 'partners' || group.organizations.length > 0);
  return {
    status: project.status ?? 'unknown',
    statusDerived: project.statusDerived,
    dates: formats.range(project.start, project.end),
    duration: project.durationMonths === undefined ? undefined : formats.duration(project.durationMonths),
    elapsed: project.elapsed === undefined ? undefined : Math.round(project.elapsed * 100),
    budget: project.budget ? { amount: project.budget.amount, currency: project.budget.currency } : undefined,
    budgetNote: project.budget?.note,
    roles,
  };
}
