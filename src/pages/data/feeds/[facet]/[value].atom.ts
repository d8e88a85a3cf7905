import { facetFeedPath } from '../../../../exports/paths.ts';
import { dataResponse, facetValueTitle, siteFeed } from '../../../../exports/site.ts';
import { type Facet, type FacetEntry, facetValuePath } from '../../../../portfolio/facets.ts';
import { getSiteData } from '../../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { facets } = await getSiteData();
  return facets.flatMap((group) =>
    group.entries.map((entry) => ({
      params: { facet: group.facet.path, value: entry.value.id },
      props: { facet: group.facet, entry },
    })),
  );
}

export function GET({ props: { facet, entry } }: { props: { facet: Facet; entry: FacetEntry } }) {
  const feed = siteFeed(
    facetValueTitle(facet, entry),
    facetFeedPath(facet.path, entry.value.id),
    facetValuePath(facet, entry.value.id),
    entry.projects,
  );
  return dataResponse(feed, 'atom');
}
