/**
 * The one place pages get data from. Collections are read and every derived structure
 * (resolved projects, facet groups, related-project ranking) is computed once per build,
 * then shared by all pages, instead of calling getCollection() per page.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildEnv } from '../env.ts';
import type { Vocabulary } from '../model/schemas/index.ts';
import { type FacetGroup, facetIndex } from './facets.ts';
import { type OrganizationProfile, organizationProfiles } from './organizations.ts';
import type { KeySettings } from './page-keys.ts';
import { buildPortfolio, type Portfolio } from './portfolio.ts';
import { FACETS } from './site.ts';

export interface SiteData {
  portfolio: Portfolio;
  facets: FacetGroup[];
  entries: ReadonlyMap<string, CollectionEntry<'projects'>>;
  /** Every organisation of the vocabulary with its roles, by name. */
  organizations: OrganizationProfile[];
  /** The vocabularies every reference was resolved against, for the data files. */
  vocabulary: Vocabulary;
}

/** The build settings every incremental-build cache key includes (see page-keys.ts). */
export const keySettings: KeySettings = {
  base: buildEnv.base,
  siteUrl: buildEnv.siteUrl,
  editUrl: buildEnv.editUrl,
  buildDate: buildEnv.buildDate,
};

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
  const vocabulary: Vocabulary = {
    organizations: new Map(organizations.map((entry) => [entry.id, entry.data])),
    regions: new Map(regions.map((entry) => [entry.id, entry.data])),
    solutions: new Map(solutions.map((entry) => [entry.id, entry.data])),
    sdgs: new Map(sdgs.map((entry) => [entry.data.number, entry.data])),
  };
  const portfolio = buildPortfolio(
    projects.map((entry) => ({ slug: entry.id, file: entry.filePath ?? '', data: entry.data })),
    vocabulary,
    rates[0]?.data,
    buildEnv.buildDate,
  );
  return {
    portfolio,
    facets: facetIndex(FACETS, portfolio.projects),
    entries: new Map(projects.map((entry) => [entry.id, entry])),
    organizations: organizationProfiles(vocabulary.organizations.values(), portfolio.projects),
    vocabulary,
  };
}
