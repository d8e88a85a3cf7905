import { iatiActivities, missingForIati } from '../../../../exports/iati.ts';
import { dataResponse, iatiOptions, meta, siteLinks } from '../../../../exports/site.ts';
import type { Project } from '../../../../portfolio/portfolio.ts';
import { getSiteData } from '../../../../portfolio/site-data.ts';

export async function getStaticPaths() {
  const { facets } = await getSiteData();
  const countries = facets.find((group) => group.facet.key === 'country')?.entries ?? [];
  // A country file lists only activities IATI can take; a country with none gets no file.
  return countries
    .map((entry) => ({ params: { code: entry.value.id }, props: { projects: entry.projects } }))
    .filter(({ props }) => props.projects.some((project) => missingForIati(project).length === 0));
}

export function GET({ props }: { props: { projects: Project[] } }) {
  return dataResponse(iatiActivities(props.projects, iatiOptions, meta, siteLinks).xml, 'xml');
}
