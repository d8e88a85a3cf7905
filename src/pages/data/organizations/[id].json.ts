import { facetDataFile, organizationDataPaths } from '../../../exports/site-files.ts';
import type { Project } from '../../../portfolio/portfolio.ts';

export const getStaticPaths = organizationDataPaths;

export function GET({ props }: { props: { projects: Project[] } }) {
  return facetDataFile(props.projects, 'json');
}
