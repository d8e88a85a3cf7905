/**
 * The one place pages get data from. Collections are read and every derived structure
 * (resolved projects, facet groups, related-project ranking) is computed once per build,
 * then shared by all pages, instead of calling getCollection() per page.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { ExchangeRates, Organization, ProjectData, Region, Sdg, Solution } from '../content.config.ts';
import { type FacetGroup, facetIndex } from '../lib/facets.ts';
import { buildPortfolio, type Portfolio } from '../lib/portfolio.ts';
import { buildDate } from '../lib/status.ts';

export interface SiteData {
  portfolio: Portfolio;
  facets: FacetGroup[];
  entries: ReadonlyMap<string, CollectionEntry<'projects'>>;
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [projects, organizations, regions, solutions, sdgs, rates] = await Promise.all([
    getCollection('projects'),
    getCollection('organizations'),
    getCollection('regions'),
    getCollection('solutions'),
    getCollection('sdgs'),
    getCollection('exchangeRates'),
  ]);
  const vocabulary = {
    organizations: new Map(organizations.map((entry) => [entry.id, entry.data as Organization])),
    regions: new Map(regions.map((entry) => [entry.id, entry.data as Region])),
    solutions: new Map(solutions.map((entry) => [entry.id, entry.data as Solution])),
    sdgs: new Map(sdgs.map((entry) => [(entry.data as Sdg).number, entry.data as Sdg])),
  };
  const today = buildDate();
  const portfolio = buildPortfolio(
    projects.map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? '',
      data: entry.data as unknown as ProjectData,
    })),
    vocabulary,
    rates[0]?.data as ExchangeRates | undefined,
    today,
  );
  return {
    portfolio,
    facets: facetIndex(portfolio.projects),
    entries: new Map(projects.map((entry) => [entry.id, entry])),
  };
}
