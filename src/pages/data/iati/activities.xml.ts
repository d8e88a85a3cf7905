import { iatiActivities } from '../../../exports/iati.ts';
import { dataResponse, iatiOptions, meta, siteLinks } from '../../../exports/site.ts';
import { getSiteData } from '../../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  return dataResponse(iatiActivities(portfolio.projects, iatiOptions, meta, siteLinks).xml, 'xml');
}
