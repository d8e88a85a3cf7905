/**
 * The one place pages get data from. Collections are read and every derived structure
 * (resolved projects, facet groups, related-project ranking) is computed once per build,
 * then shared by all pages, instead of calling getCollection() per page.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildEnv } from '../env.ts';
import { currentLocale, withLocale } from '../i18n/current.ts';
import { bodiesDir, readBody } from '../markdown/body-store.ts';
import type { Vocabulary } from '../model/schemas/index.ts';
import { shardCount } from '../search-shards/plan.ts';
import { type Facet, type FacetEntry, type FacetGroup, facetIndex } from './facets.ts';
import { localizeVocabulary } from './localize.ts';
import { type OrganizationProfile, organizationProfiles } from './organizations.ts';
import { type KeySettings, summaryPageKey } from './page-keys.ts';
import { buildPortfolio, type Portfolio } from './portfolio.ts';
import { FACETS } from './site.ts';

export interface SiteData {
  portfolio: Portfolio;
  facets: FacetGroup[];
  entries: ReadonlyMap<string, CollectionEntry<'projects'>>;
  /** The translation of each project into this language, where one exists: its body is rendered instead. */
  translations: ReadonlyMap<string, CollectionEntry<'translations'>>;
  /** Every organisation of the vocabulary with its roles, by name. */
  organizations: OrganizationProfile[];
  /** The vocabularies every reference was resolved against, for the data files. */
  vocabulary: Vocabulary;
  /** The language labels and texts are in. */
  locale: string;
  /** Shards of the search index (see src/search-shards/plan.ts): one per language up to SEARCH_SHARD_PAGES projects. */
  searchShards: number;
}

/** The build settings every incremental-build cache key includes (see page-keys.ts). */
export const keySettings: KeySettings = {
  base: buildEnv.base,
  siteUrl: buildEnv.siteUrl,
  editUrl: buildEnv.editUrl,
  buildDate: buildEnv.buildDate,
};

const cached = new Map<string, Promise<SiteData>>();

/**
 * The site's data in `locale` (by default the page's language): vocabulary labels, country
 * names, status labels and translated titles in that language; every fact is the same in each.
 */
export function getSiteData(locale: string = currentLocale()): Promise<SiteData> {
  let data = cached.get(locale);
  if (!data) {
    data = withLocale(locale, () => load(locale));
    cached.set(locale, data);
  }
  return data;
}

async function load(locale: string): Promise<SiteData> {
  const [projects, allTranslations, organizations, regions, solutions, sdgs, rates] = await Promise.all([
    getCollection('projects'),
    getCollection('translations'),
    getCollection('organizations'),
    getCollection('regions'),
    getCollection('solutions'),
    getCollection('sdgs'),
    getCollection('exchangeRates'),
  ]);
  const original: Vocabulary = {
    organizations: new Map(organizations.map((entry) => [entry.id, entry.data])),
    regions: new Map(regions.map((entry) => [entry.id, entry.data])),
    solutions: new Map(solutions.map((entry) => [entry.id, entry.data])),
    sdgs: new Map(sdgs.map((entry) => [entry.data.number, entry.data])),
  };
  const vocabulary = localizeVocabulary(original, locale);
  // A record already written in this language needs no translation, and keeps its own text.
  const langOf = new Map(projects.map((entry) => [entry.id, entry.data.lang]));
  const translations = new Map(
    allTranslations
      .filter((entry) => entry.data.lang === locale && langOf.get(entry.data.slug) !== locale)
      .map((entry) => [entry.data.slug, entry] as const),
  );
  const portfolio = buildPortfolio(
    projects.map((entry) => {
      const translation = translations.get(entry.id)?.data;
      return {
        slug: entry.id,
        file: entry.filePath ?? '',
        data: entry.data,
        ...(translation
          ? { translation: { title: translation.title, summary: translation.summary, lang: locale } }
          : {}),
      };
    }),
    vocabulary,
    rates[0]?.data,
    buildEnv.buildDate,
    locale,
  );
  return {
    portfolio,
    facets: facetIndex(FACETS, portfolio.projects),
    entries: new Map(projects.map((entry) => [entry.id, entry])),
    translations,
    organizations: organizationProfiles(vocabulary.organizations.values(), portfolio.projects),
    vocabulary,
    locale,
    searchShards: shardCount(portfolio.projects.length, buildEnv.searchShardPages),
  };
}

/** Where the body a project's page shows in the data's language is kept: its translation's where there is one. */
export function projectBodySource(
  data: SiteData,
  slug: string,
): { collection: 'projects' | 'translations'; digest: string } {
  const translation = data.translations.get(slug);
  const entry = translation ?? data.entries.get(slug);
  if (!entry) throw new Error(`no entry for ${slug}`);
  return { collection: translation ? 'translations' : 'projects', digest: String(entry.digest ?? '') };
}

/** The rendered body of a project's page, read from the body store the content loader keeps by entry digest. */
export function projectBody(data: SiteData, slug: string): string {
  const { collection, digest } = projectBodySource(data, slug);
  return readBody(bodiesDir(buildEnv.cacheDir, collection), digest);
}

/** What a page or file per facet value receives: the facet and the value's projects. */
export interface FacetValueProps {
  facet: Facet;
  entry: FacetEntry;
}

/**
 * Static paths of a page or file per facet value: `params` `facet` (its folder) and `value`,
 * each keyed by the value and its projects (a file or embed shows nothing else).
 */
export async function facetValuePaths(): Promise<
  { params: { facet: string; value: string }; props: FacetValueProps; cacheKey: string }[]
> {
  const { facets, locale } = await getSiteData();
  return facets.flatMap((group) =>
    group.entries.map((entry) => ({
      params: { facet: group.facet.path, value: entry.value.id },
      props: { facet: group.facet, entry },
      cacheKey: summaryPageKey(keySettings, 'facet-value-file', [locale, group.facet.key, entry.value], entry.projects),
    })),
  );
}
