/**
 * Rows of a facet's index page: each value with its project count, active count and stated
 * budgets per currency; regions split into world regions and sub-national areas by country.
 */
import type { Money } from '../model/money.ts';
import { type FacetEntry, type FacetGroup, facetBudgets } from '../portfolio/facets.ts';

export interface FacetRow {
  entry: FacetEntry;
  projects: number;
  active: number;
  budgets: Money[];
}

export interface FacetSection {
  /** Heading of the section, or undefined for a single unheaded list. */
  heading: { kind: 'world' } | { kind: 'country'; code: string } | undefined;
  rows: FacetRow[];
}

function row(entry: FacetEntry): FacetRow {
  return {
    entry,
    projects: entry.projects.length,
    active: entry.projects.filter((project) => project.status === 'active').length,
    budgets: facetBudgets(entry),
  };
}

/** The index page's sections: one for most facets; world regions, then each country's areas, for regions. */
export function facetSections(group: FacetGroup): FacetSection[] {
  if (group.facet.key !== 'region') return [{ heading: undefined, rows: group.entries.map(row) }];
  const regionOf = (entry: FacetEntry) => entry.projects[0]?.regions.find((region) => region.id === entry.value.id);
  const world: FacetRow[] = [];
  const byCountry = new Map<string, FacetRow[]>();
  for (const entry of group.entries) {
    const region = regionOf(entry);
    if (!region || region.kind === 'world' || !region.country) {
      world.push(row(entry));
      continue;
    }
    const rows = byCountry.get(region.country) ?? [];
    rows.push(row(entry));
    byCountry.set(region.country, rows);
  }
  const sections: FacetSection[] = [];
  if (world.length > 0) sections.push({ heading: { kind: 'world' }, rows: world });
  for (const [code, rows] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    sections.push({ heading: { kind: 'country', code }, rows });
  }
  return sections;
}
