import { projectRecord, toJson } from '../../../exports/records.ts';
import { dataResponse, meta, siteLinks } from '../../../exports/site.ts';
import type { Project } from '../../../portfolio/portfolio.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { portfolio } = await getSiteData();
  return portfolio.projects.map((project) => ({ params: { slug: project.slug }, props: { project } }));
}

export function GET({ props }: { props: { project: Project } }) {
  return dataResponse(toJson({ meta, project: projectRecord(props.project, siteLinks) }), 'json');
}
