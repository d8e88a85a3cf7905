import { organizationsInProjects, projectsOfOrganization } from '../../../exports/records.ts';
import { facetDataFile } from '../../../exports/site-files.ts';
import type { Project } from '../../../portfolio/portfolio.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { portfolio } = await getSiteData();
  return organizationsInProjects(portfolio.projects).map((id) => ({
    params: { id },
    props: { projects: projectsOfOrganization(portfolio.projects, id) },
  }));
}

export function GET({ props }: { props: { projects: Project[] } }) {
  return facetDataFile(props.projects, 'csv');
}
