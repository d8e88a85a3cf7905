/**
 * The pure portfolio helpers bound to this site: its base path and its interface wording.
 * Components import from here; the modules beside it take these as arguments.
 */
import { t } from '../i18n/index.ts';
import { siteConfig } from '../site.config.ts';
import { createFacets, type Facet, facetIndexPath, facetValuePath, facetByKey as findFacet } from './facets.ts';
import { organizationPath, withBase } from './paths.ts';

/** Every facet, with value labels in the interface language. */
export const FACETS: readonly Facet[] = createFacets({ status: (status) => t(`status.${status}`) });

/** The facet with this key. */
export function facetByKey(key: Facet['key']): Facet {
  return findFacet(FACETS, key);
}

/** A site path under the configured base: `href('/projects/')` → `/portfolio/projects/`. */
export function href(path: string): string {
  return withBase(path, siteConfig.base);
}

/** An organisation's page on this site, e.g. `/organizations/usaid/`, under the site base. */
export function organizationHref(id: string): string {
  return href(organizationPath(id));
}

/** The page of one facet value, e.g. `/donors/usaid/`, under the site base. */
export function valueHref(facet: Facet, id: string): string {
  return href(facetValuePath(facet, id));
}

/** The index page of a facet, e.g. `/donors/`, under the site base. */
export function indexHref(facet: Facet): string {
  return href(facetIndexPath(facet));
}
