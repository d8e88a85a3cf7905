import { portfolioJson } from '../../exports/json-files.ts';
import { dataResponse, meta, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio, vocabulary } = await getSiteData();
  return dataResponse(portfolioJson(meta, portfolio.projects, vocabulary, siteLinks), 'json');
}
