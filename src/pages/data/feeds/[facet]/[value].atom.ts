import { facetFeedPath } from '../../../../exports/paths.ts';
import { dataResponse, facetValueTitle, siteFeed } from '../../../../exports/site.ts';
import { facetValuePath } from '../../../../portfolio/facets.ts';
import { type FacetValueProps, facetValuePaths } from '../../../../portfolio/site-data.ts';

export const getStaticPaths = facetValuePaths;

export function GET({ props: { facet, entry } }: { props: FacetValueProps }) {
  const feed = siteFeed(
    facetValueTitle(facet, entry),
    facetFeedPath(facet.path, entry.value.id),
    facetValuePath(facet, entry.value.id),
    entry.projects,
  );
  return dataResponse(feed, 'atom');
}
