import { locationsGeoJson } from '../../exports/geojson.ts';
import { toJson } from '../../exports/json-files.ts';
import { dataResponse, meta, siteLinks } from '../../exports/site.ts';
import { getSiteData } from '../../portfolio/site-data.ts';

export async function GET() {
  const { portfolio } = await getSiteData();
  return dataResponse(toJson(locationsGeoJson(meta, portfolio.projects, siteLinks)), 'geojson');
}
