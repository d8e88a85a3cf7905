/**
 * Links that narrow the current view: from a facet value's page, a breakdown value opens
 * search with both filters set (`/search/?country=KG&donor=fcdo`), instead of leaving for the
 * other value's page, which would drop the first filter.
 */

import type { Facet, FacetValue } from '../portfolio/facets.ts';
import { filterValue } from '../portfolio/search-index.ts';
import { emptyFilters, serializeState } from '../scripts/search-state.ts';

/** The search query string with every given facet value as a filter, in the search page's own order. */
export function narrowQuery(values: readonly { facet: Facet; value: FacetValue }[]): string {
  const filters = emptyFilters();
  for (const { facet, value } of values) filters[facet.key].push(filterValue(facet, value));
  return serializeState({ query: '', filters, sort: 'relevance' });
}

/** Whether a URL is outside the site: absolute with a scheme, and not on the site's own origin. */
export function isExternal(url: string, siteOrigin: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  if (/^(mailto|tel):/i.test(url)) return false;
  try {
    return new URL(url).origin !== new URL(siteOrigin).origin;
  } catch {
    return true;
  }
}
