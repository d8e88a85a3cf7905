/** The CSV and JSON of a subset of projects (a facet value's, an organisation's), as a response. */

import type { Project } from '../portfolio/portfolio.ts';
import { PROJECT_HEADER, projectRow, toCsv } from './csv.ts';
import { projectsDocument, toJson } from './records.ts';
import { dataResponse, meta, siteLinks } from './site.ts';

export function facetDataFile(projects: readonly Project[], format: 'json' | 'csv'): Response {
  if (format === 'json') return dataResponse(toJson(projectsDocument(meta, projects, siteLinks)), 'json');
  return dataResponse(
    toCsv(
      PROJECT_HEADER,
      projects.map((project) => projectRow(project, siteLinks)),
    ),
    'csv',
  );
}
