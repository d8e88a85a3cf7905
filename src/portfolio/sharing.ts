/**
 * What the site gives other sites: embed paths and code, robots.txt, and schema.org data of a
 * project. Pure: URLs arrive as arguments, so nothing here knows the deploy.
 */
import type {
  AdministrativeArea,
  Country,
  MonetaryGrant,
  Organization as OrgNode,
  Place,
  Project as ProjectNode,
  WithContext,
} from 'schema-dts';
import type { Organization } from '../model/schemas/index.ts';
import type { Facet } from './facets.ts';
import { firstPage, type ListPage, PAGE_SIZE } from './pagination.ts';
import type { Project } from './portfolio.ts';

/** The embeddable list of one facet value, e.g. `/embed/donors/usaid/`. */
/**
 * The most projects an embed lists: the newest, as many as the first page of the list it comes
 * from, so a frame on another site stays small however large the portfolio (at 100,000
 * projects, embeds listing every project were 366 MB of HTML, the largest 23.8 MB).
 */
export const EMBED_LIMIT = PAGE_SIZE;

/** The projects an embed lists: the first page of its list. */
export function embeddedProjects<P>(projects: readonly P[]): ListPage<P> {
  return firstPage(projects, EMBED_LIMIT);
}

export function facetEmbedPath(facet: Facet, id: string): string {
  return `/embed/${facet.path}/${encodeURIComponent(id)}/`;
}

/** The embeddable list of one organisation's projects, e.g. `/embed/organizations/usaid/`. */
export function organizationEmbedPath(id: string): string {
  return `/embed/organizations/${encodeURIComponent(id)}/`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` code a visitor copies to show an embed page on their own site. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="480" loading="lazy" style="border:0"></iframe>`;
}

/** robots.txt: everything may be crawled; the sitemap is named when the site's address is known. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}

/** Absolute URLs the structured data points at. */
export interface LinkedUrls {
  /** The project's own page. */
  project: string;
  /** An organisation's page on this site. */
  organization: (id: string) => string;
}

function organizationNode(org: Organization, urls: LinkedUrls): OrgNode {
  return {
    '@type': 'Organization',
    '@id': urls.organization(org.id),
    name: org.name,
    ...(org.acronym ? { alternateName: org.acronym } : {}),
    ...(org.url ? { sameAs: org.url } : {}),
  };
}

/**
 * A project as schema.org JSON-LD: a `Project` (an Organization subtype) with its funding as a
 * `MonetaryGrant` (`funder`, `amount`), its implementers and partners as members, and its
 * countries and regions as `areaServed`. Only facts the record states; absent ones are left out.
 */
export function projectJsonLd(project: Project, urls: LinkedUrls): WithContext<ProjectNode> {
  const areas: (Country | AdministrativeArea)[] = [
    ...project.countries.map(
      (country): Country => ({ '@type': 'Country', name: country.name, identifier: country.code }),
    ),
    ...project.regions.map((region): AdministrativeArea => ({ '@type': 'AdministrativeArea', name: region.name })),
  ];
  const places = project.locations.map(
    (location): Place => ({
      '@type': 'Place',
      name: location.name,
      ...(location.lat !== undefined && location.lng !== undefined
        ? { geo: { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lng } }
        : {}),
    }),
  );
  const funders = project.donors.map((org) => organizationNode(org, urls));
  const grant: MonetaryGrant | undefined =
    funders.length > 0 || project.budget
      ? {
          '@type': 'MonetaryGrant',
          ...(funders.length > 0 ? { funder: funders } : {}),
          ...(project.budget
            ? { amount: { '@type': 'MonetaryAmount', currency: project.budget.currency, value: project.budget.amount } }
            : {}),
        }
      : undefined;
  const members = [...project.implementers, ...project.partners].map((org) => organizationNode(org, urls));
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': urls.project,
    url: urls.project,
    name: project.title,
    description: project.summary,
    ...(project.otherNames.length > 0 ? { alternateName: project.otherNames } : {}),
    ...(funders.length > 0 ? { funder: funders } : {}),
    ...(grant ? { funding: grant } : {}),
    ...(members.length > 0 ? { member: members } : {}),
    ...(areas.length > 0 ? { areaServed: areas } : {}),
    ...(places.length > 0 ? { location: places } : {}),
    ...(project.tags.length > 0 ? { keywords: project.tags.join(', ') } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
