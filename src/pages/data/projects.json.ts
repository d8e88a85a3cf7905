import { portfolioDocument, toJson } from '../../exports/records.ts';
import { dataResponse, meta, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio, vocabulary } = await getSiteData();
  return dataResponse(toJson(portfolioDocument(meta, portfolio.projects, vocabulary, siteLinks)), 'json');
}
