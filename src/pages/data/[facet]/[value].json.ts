import { facetDataFile } from '../../../exports/site-files.ts';
import { type FacetValueProps, facetValuePaths } from '../../../portfolio/site-data.ts';

export const getStaticPaths = facetValuePaths;

export function GET({ props }: { props: FacetValueProps }) {
  return facetDataFile(props.entry.projects, 'json');
}
