/**
 * The CSV and JSON of a subset of projects (a facet value's, an organisation's), as a response:
 * CSV rows as in projects.csv, JSON compact rows linking each project's full record.
 */
import type { Project } from '../portfolio/portfolio.ts';
import { projectsCsv } from './csv.ts';
import { projectListJson } from './json-files.ts';
import { dataResponse, meta, siteLinks } from './site.ts';

export function facetDataFile(projects: readonly Project[], format: 'json' | 'csv'): Response {
  if (format === 'json') return dataResponse(projectListJson(meta, projects, siteLinks), 'json');
  return dataResponse(projectsCsv(projects, siteLinks), 'csv');
}
