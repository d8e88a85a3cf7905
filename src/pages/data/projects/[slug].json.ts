import { recordText } from '../../../exports/json-files.ts';
import { dataResponse, meta, siteLinks } from '../../../exports/site.ts';
import { pageKey } from '../../../portfolio/page-keys.ts';
import type { Project } from '../../../portfolio/portfolio.ts';
import { getSiteData, keySettings } from '../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { portfolio } = await getSiteData();
  return portfolio.projects.map((project) => ({
    params: { slug: project.slug },
    props: { project },
    cacheKey: pageKey(keySettings, 'project-json', meta, recordText(project, siteLinks)),
  }));
}

export function GET({ props }: { props: { project: Project } }) {
  return dataResponse(`{"meta":${JSON.stringify(meta)},"project":${recordText(props.project, siteLinks)}}\n`, 'json');
}
