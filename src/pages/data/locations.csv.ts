import { LOCATION_HEADER, locationRows, toCsv } from '../../exports/csv.ts';
import { dataResponse } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  return dataResponse(toCsv(LOCATION_HEADER, portfolio.projects.flatMap(locationRows)), 'csv');
}
