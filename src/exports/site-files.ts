/**
 * The CSV and JSON of a subset of projects (a facet value's, an organisation's), as a response:
 * CSV rows as in projects.csv, JSON compact rows linking each project's full record.
 */

import { summaryPageKey } from '../portfolio/page-keys.ts';
import type { Project } from '../portfolio/portfolio.ts';
import { getSiteData, keySettings } from '../portfolio/site-data.ts';
import { projectsCsv } from './csv.ts';
import { projectListJson } from './json-files.ts';
import { organizationsInProjects, projectsOfOrganization } from './records.ts';
import { dataResponse, meta, siteLinks } from './site.ts';

export function facetDataFile(projects: readonly Project[], format: 'json' | 'csv'): Response {
  if (format === 'json') return dataResponse(projectListJson(meta, projects, siteLinks), 'json');
  return dataResponse(projectsCsv(projects, siteLinks), 'csv');
}

/** Static paths of a file per organisation that takes part in a project: `params.id`, its projects as props. */
export async function organizationDataPaths(): Promise<
  { params: { id: string }; props: { projects: Project[] }; cacheKey: string }[]
> {
  const { portfolio } = await getSiteData();
  return organizationsInProjects(portfolio.projects).map((id) => {
    const projects = projectsOfOrganization(portfolio.projects, id);
    return {
      params: { id },
      props: { projects },
      cacheKey: summaryPageKey(keySettings, 'organization-file', [id], projects),
    };
  });
}
