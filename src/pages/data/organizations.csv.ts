import { ORGANIZATION_HEADER, organizationRow, toCsv } from '../../exports/csv.ts';
import { dataResponse, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { vocabulary } = await getSiteData();
  const rows = [...vocabulary.organizations.values()].map((org) => organizationRow(org, siteLinks));
  return dataResponse(toCsv(ORGANIZATION_HEADER, rows), 'csv');
}
