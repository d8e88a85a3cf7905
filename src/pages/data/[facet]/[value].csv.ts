import { facetDataFile } from '../../../exports/site-files.ts';
import type { Facet, FacetEntry } from '../../../portfolio/facets.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { facets } = await getSiteData();
  return facets.flatMap((group) =>
    group.entries.map((entry) => ({
      params: { facet: group.facet.path, value: entry.value.id },
      props: { facet: group.facet, entry },
    })),
  );
}

export function GET({ props }: { props: { facet: Facet; entry: FacetEntry } }) {
  return facetDataFile(props.entry.projects, 'csv');
}
