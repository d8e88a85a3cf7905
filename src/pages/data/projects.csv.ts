import { PROJECT_HEADER, projectRow, toCsv } from '../../exports/csv.ts';
import { dataResponse, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  const rows = portfolio.projects.map((project) => projectRow(project, siteLinks));
  return dataResponse(toCsv(PROJECT_HEADER, rows), 'csv');
}
