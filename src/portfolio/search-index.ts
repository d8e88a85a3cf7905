import type { UiKey } from '../i18n/index.ts';
import { endOf, formatRange } from '../model/dates.ts';
import type { FilterKey } from '../scripts/search-state.ts';
import { type Facet, type FacetGroup, type FacetValue, facetByKey } from './facets.ts';
import type { Project } from './portfolio.ts';

/** The value a facet value has in search filters and URLs: ids, with country codes in capitals (`KG`). */
export function filterValue(facet: Facet, value: FacetValue): string {
  return facet.key === 'country' ? value.id.toUpperCase() : value.id;
}

/** `20210901`: a date as a number, so Pagefind sorts it numerically. */
function dayNumber(ms: number): number {
  const day = new Date(ms);
  return day.getUTCFullYear() * 10_000 + (day.getUTCMonth() + 1) * 100 + day.getUTCDate();
}

/**
 * The filters, sort keys and result-card metadata one project page gives Pagefind.
 * Every project carries every sort key (Pagefind drops pages without one from sorted
 * results); a missing value becomes 0, so it sorts last when descending. `order` is the
 * project's position in the portfolio's own order (newest first, as on /projects/), so a
 * search can list projects exactly as /projects/ does.
 */
export function searchRecord(project: Project, facets: readonly Facet[], order: number) {
  const filters: [FilterKey, string][] = facets.flatMap((facet) =>
    facet.values(project).map((value): [FilterKey, string] => [facet.key, filterValue(facet, value)]),
  );
  if (project.start) filters.push(['year', String(project.start.year)]);
  return {
    filters,
    // No `start` key: oldest first is `order` reversed (see SORTS), and every sort key is a
    // permutation of all pages in pf_meta, ≈ 22 KB gzipped at 10,000 pages, loaded by every search.
    sorts: {
      end: String(project.end ? dayNumber(endOf(project.end)) : 0),
      title: project.title.toLocaleLowerCase('en'),
      budget: String(Math.round(project.budgetUsd ?? 0)),
      order: String(order),
    },
    meta: {
      summary: project.summary,
      dates: formatRange(project.start, project.end) ?? '',
      status: facetByKey(facets, 'status').values(project)[0]?.label ?? '',
      donors: project.donors.map((org) => org.acronym ?? org.name).join(', '),
      countries: project.countries.map((country) => country.name).join(', '),
    },
  };
}

const positions = new WeakMap<readonly Project[], ReadonlyMap<string, number>>();

/** A project's position in `projects` (the portfolio's order), by slug; computed once per list. */
export function positionOf(projects: readonly Project[], slug: string): number {
  let bySlug = positions.get(projects);
  if (!bySlug) {
    bySlug = new Map(projects.map((project, index) => [project.slug, index]));
    positions.set(projects, bySlug);
  }
  const position = bySlug.get(slug);
  if (position === undefined) throw new Error(`search index: ${slug} is not in the portfolio`);
  return position;
}

export interface FilterGroup {
  key: FilterKey;
  /** Dictionary key of the group's heading. */
  title: UiKey;
  /** Dictionary key of one value's kind, e.g. "Country", as active-filter chips name it. */
  singular: UiKey;
  options: { value: string; label: string }[];
}

/** The search page's filter groups, from the same facet index as the facet pages, plus start year. */
export function filterGroups(facets: readonly FacetGroup[], projects: readonly Project[]): FilterGroup[] {
  const groups: FilterGroup[] = facets.map((group) => ({
    key: group.facet.key,
    title: group.facet.title,
    singular: group.facet.singular,
    options: group.entries.map((entry) => ({ value: filterValue(group.facet, entry.value), label: entry.value.label })),
  }));
  const years = [...new Set(projects.flatMap((project) => (project.start ? [project.start.year] : [])))].sort(
    (a, b) => b - a,
  );
  groups.push({
    key: 'year',
    title: 'search.filter.year',
    singular: 'search.filter.year',
    options: years.map((year) => ({ value: String(year), label: String(year) })),
  });
  return groups;
}
