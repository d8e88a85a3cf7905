import { toJson } from '../../exports/json-files.ts';
import { organizationsDocument } from '../../exports/records.ts';
import { dataResponse, meta, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio, vocabulary } = await getSiteData();
  return dataResponse(toJson(organizationsDocument(meta, portfolio.projects, vocabulary, siteLinks)), 'json');
}
