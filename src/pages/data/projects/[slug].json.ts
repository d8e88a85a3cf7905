import { recordText } from '../../../exports/json-files.ts';
import { dataResponse, meta, siteLinks } from '../../../exports/site.ts';
import type { Project } from '../../../portfolio/portfolio.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { portfolio } = await getSiteData();
  return portfolio.projects.map((project) => ({ params: { slug: project.slug }, props: { project } }));
}

export function GET({ props }: { props: { project: Project } }) {
  return dataResponse(`{"meta":${JSON.stringify(meta)},"project":${recordText(props.project, siteLinks)}}\n`, 'json');
}
