import { projectsCsv } from '../../exports/csv.ts';
import { dataResponse, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  return dataResponse(projectsCsv(portfolio.projects, siteLinks), 'csv');
}
