import type { UiKey } from '../i18n/index.ts';
import type { Money } from '../model/money.ts';
import { STATUSES, type Status } from '../model/schemas/index.ts';
import type { FacetKey } from './facet-keys.ts';
import { budgetTotals, type Project } from './portfolio.ts';

/** One value of a facet on one project, e.g. the donor `usaid`. */
export interface FacetValue {
  /** URL segment and search-filter key, e.g. `kg`, `usaid`, `5`. */
  id: string;
  /** Display name, e.g. "Kyrgyzstan". */
  label: string;
  /** Position when values are listed: smaller first; equal ranks sort by label. */
  rank?: number;
}

export interface Facet {
  /** Singular key used in search URLs and filters: `country`, `donor`, … */
  key: FacetKey;
  /** URL folder of the facet's pages, e.g. `countries`. */
  path: string;
  /** Dictionary key of the plural name, e.g. "Countries". */
  title: UiKey;
  /** Dictionary key of the singular name, e.g. "Country". */
  singular: UiKey;
  values: (project: Project) => FacetValue[];
}

/** Wording the facets need from the interface: labels of values that are codes, not names. */
export interface FacetWords {
  /** "Completed" for `completed`. */
  status: (status: Status) => string;
}

/** Every facet, in display order. Pages, breakdowns and search filters all read this list. */
export function createFacets(words: FacetWords): readonly Facet[] {
  return [
    {
      key: 'country',
      path: 'countries',
      title: 'facets.countries',
      singular: 'facets.country',
      values: (p) => p.countries.map((c) => ({ id: c.code.toLowerCase(), label: c.name })),
    },
    {
      key: 'donor',
      path: 'donors',
      title: 'facets.donors',
      singular: 'facets.donor',
      values: (p) => p.donors.map((org) => ({ id: org.id, label: org.name })),
    },
    {
      key: 'implementer',
      path: 'implementers',
      title: 'facets.implementers',
      singular: 'facets.implementer',
      values: (p) => p.implementers.map((org) => ({ id: org.id, label: org.name })),
    },
    {
      key: 'partner',
      path: 'partners',
      title: 'facets.partners',
      singular: 'facets.partner',
      values: (p) => p.partners.map((org) => ({ id: org.id, label: org.name })),
    },
    {
      key: 'region',
      path: 'regions',
      title: 'facets.regions',
      singular: 'facets.region',
      values: (p) => p.regions.map((r) => ({ id: r.id, label: r.name, rank: r.kind === 'world' ? 0 : 1 })),
    },
    {
      key: 'solution',
      path: 'solutions',
      title: 'facets.solutions',
      singular: 'facets.solution',
      values: (p) => p.solutions.map((s) => ({ id: s.id, label: s.name })),
    },
    {
      key: 'sdg',
      path: 'sdgs',
      title: 'facets.sdgs',
      singular: 'facets.sdg',
      values: (p) => p.sdgs.map((s) => ({ id: String(s.number), label: `${s.number}. ${s.name}`, rank: s.number })),
    },
    {
      key: 'status',
      path: 'status',
      title: 'facets.statuses',
      singular: 'facets.status',
      values: (p) =>
        p.status ? [{ id: p.status, label: words.status(p.status), rank: STATUSES.indexOf(p.status) }] : [],
    },
  ];
}

export interface FacetEntry {
  value: FacetValue;
  /** Projects carrying the value, in portfolio order (newest first). */
  projects: Project[];
}

export interface FacetGroup {
  facet: Facet;
  /** Values in display order. */
  entries: FacetEntry[];
  byId: ReadonlyMap<string, FacetEntry>;
}

function byRankThenLabel(a: FacetValue, b: FacetValue): number {
  return (a.rank ?? 0) - (b.rank ?? 0) || a.label.localeCompare(b.label);
}

/** Groups projects under each value of one facet. */
export function groupByFacet(facet: Facet, projects: readonly Project[]): FacetGroup {
  const byId = new Map<string, FacetEntry>();
  for (const project of projects) {
    for (const value of facet.values(project)) {
      const entry = byId.get(value.id);
      if (!entry) byId.set(value.id, { value, projects: [project] });
      else if (entry.projects.at(-1) !== project) entry.projects.push(project);
    }
  }
  const entries = [...byId.values()].sort((a, b) => byRankThenLabel(a.value, b.value));
  return { facet, entries, byId };
}

/** Every facet grouped over the projects: computed once per build and shared by all pages. */
export function facetIndex(facets: readonly Facet[], projects: readonly Project[]): FacetGroup[] {
  return facets.map((facet) => groupByFacet(facet, projects));
}

export interface CountedValue {
  value: FacetValue;
  count: number;
}

/** How often each value of `facet` occurs among `projects`, most frequent first. */
export function countValues(facet: Facet, projects: readonly Project[]): CountedValue[] {
  return groupByFacet(facet, projects)
    .entries.map((entry) => ({ value: entry.value, count: entry.projects.length }))
    .sort((a, b) => b.count - a.count || byRankThenLabel(a.value, b.value));
}

/** The path of one facet value's page, e.g. `/donors/usaid/`, before the site base. */
export function facetValuePath(facet: Facet, id: string): string {
  return `/${facet.path}/${encodeURIComponent(id)}/`;
}

/** The path of a facet's index page, e.g. `/donors/`. */
export function facetIndexPath(facet: Facet): string {
  return `/${facet.path}/`;
}

/** The facet with this key; throws on a typo so pages fail loudly at build time. */
export function facetByKey(facets: readonly Facet[], key: Facet['key']): Facet {
  const facet = facets.find((candidate) => candidate.key === key);
  if (!facet) throw new Error(`no facet "${key}"`);
  return facet;
}

export interface Breakdown {
  facet: Facet;
  counts: CountedValue[];
}

const breakdowns = new WeakMap<FacetEntry, Breakdown[]>();

/** How a value's projects spread over every other facet; computed once per value, shared by its pages. */
export function facetBreakdown(facets: readonly Facet[], facet: Facet, entry: FacetEntry): Breakdown[] {
  let result = breakdowns.get(entry);
  if (!result) {
    result = facets
      .filter((other) => other.key !== facet.key)
      .map((other) => ({ facet: other, counts: countValues(other, entry.projects) }))
      .filter((breakdown) => breakdown.counts.length > 0);
    breakdowns.set(entry, result);
  }
  return result;
}

const budgetsByEntry = new WeakMap<FacetEntry, Money[]>();

/**
 * A value's stated budgets summed per currency (never converted); computed once per value and
 * shared by its pages, which all show it: at 100,000 projects a country's 700 list pages each
 * summed its 35,000 budgets again.
 */
export function facetBudgets(entry: FacetEntry): Money[] {
  let totals = budgetsByEntry.get(entry);
  if (!totals) {
    totals = budgetTotals(entry.projects);
    budgetsByEntry.set(entry, totals);
  }
  return totals;
}
