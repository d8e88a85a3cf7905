/**
 * The export modules bound to this site: its address, base path, licence, IATI settings and
 * wording. Endpoints under src/pages/data/ call these; the modules beside it stay pure.
 */
import { buildEnv } from '../env.ts';
import { t } from '../i18n/index.ts';
import type { Facet, FacetEntry } from '../portfolio/facets.ts';
import { organizationPath, projectPath, withBase } from '../portfolio/paths.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { FACETS } from '../portfolio/site.ts';
import { siteConfig } from '../site.config.ts';
import { type FeedInput, projectsFeed } from './feeds.ts';
import type { IatiOptions } from './iati.ts';
import { type DataMeta, dataMeta } from './meta.ts';
import { CONTENT_TYPES, DATA_ROOT, projectJsonPath } from './paths.ts';
import type { RecordLinks } from './records.ts';

/**
 * Absolute URL of a site path, under the base. Without `SITE_URL` (a local or preview build,
 * which warns) the files carry site-relative links rather than a made-up host.
 */
export function absoluteUrl(path: string): string {
  const sitePath = withBase(path, siteConfig.base);
  return siteConfig.site ? new URL(sitePath, siteConfig.site).href : sitePath;
}

export const siteLinks: RecordLinks = { urlOf: absoluteUrl, projectPath, projectJsonPath, organizationPath };

export const meta: DataMeta = dataMeta({
  publisher: siteConfig.organization,
  licence: siteConfig.dataLicence,
  buildDate: buildEnv.buildDate,
  documentation: absoluteUrl(DATA_ROOT),
});

export const iatiOptions: IatiOptions = {
  prefix: siteConfig.iati.prefix,
  reportingOrg: siteConfig.iati.reportingOrg,
  buildDate: buildEnv.buildDate,
  regionsUrl: absoluteUrl('/regions/'),
  siteTitle: siteConfig.title,
};

/** A response with the content type of its file ending, e.g. `json`. */
export function dataResponse(body: string, ending: keyof typeof CONTENT_TYPES): Response {
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[ending] ?? 'text/plain' } });
}

/** An Atom feed of `projects`, following the page at `pagePath`. */
export function siteFeed(title: string, feedPath: string, pagePath: string, projects: readonly Project[]): string {
  const input: FeedInput = {
    title: `${title} · ${siteConfig.title}`,
    feedUrl: absoluteUrl(feedPath),
    pageUrl: absoluteUrl(pagePath),
    meta,
    buildDate: buildEnv.buildDate,
    language: siteConfig.locale,
  };
  return projectsFeed(input, projects, siteLinks);
}

/** "Donor: USAID": how a facet value is named in feed titles. */
export function facetValueTitle(facet: Facet, entry: FacetEntry): string {
  return `${t(facet.singular)}: ${entry.value.label}`;
}

export { FACETS };
